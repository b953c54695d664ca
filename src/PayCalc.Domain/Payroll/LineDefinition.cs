namespace PayCalc.Domain.Payroll;

/// <summary>A line the plan can produce, in plan order (used for register columns).</summary>
public sealed record LineDefinition(string Code, string Name, string NameEn, LineCategory Category);
