namespace PayCalc.Rules.Runtime;

/// <summary>A component that could not be computed for an agent (e.g. a table key the data has but the plan lacks).</summary>
public sealed record ComputeError(string AgentId, string Component, string Message)
{
    public override string ToString() => RuleMessages.Format("Compute_Error", AgentId, Component, Message);
}
