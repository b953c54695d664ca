namespace PayCalc.Domain.Payroll;

/// <summary>An intermediate value the plan defines (category <c>variable</c>), with its formula as written.</summary>
public sealed record VariableDefinition(string Code, string Name, string NameEn, string Formula);
