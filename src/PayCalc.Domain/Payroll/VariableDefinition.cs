namespace PayCalc.Domain.Payroll;

/// <summary>An intermediate value the plan defines (category <c>variable</c>), with its formula as written.
/// <paramref name="IsTrueFalse"/>: a condition, held as 1/0 and shown as true/false.</summary>
public sealed record VariableDefinition(string Code, string Name, string NameEn, string Formula, bool IsTrueFalse = false);
