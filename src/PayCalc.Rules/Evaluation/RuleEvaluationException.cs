namespace PayCalc.Rules.Evaluation;

/// <summary>A rule could not be evaluated for an agent's data (e.g. a table has no entry for a key).</summary>
public sealed class RuleEvaluationException(string message) : Exception(message);
