namespace PayCalc.Domain.Payroll;

/// <summary>One agent's payslip for a period. Gross = sum of earning lines; net = gross + deduction lines.</summary>
public sealed record Payslip
{
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required IReadOnlyList<PayslipLine> Lines { get; init; }
    /// <summary>The plan's intermediate values (hourly wage, overtime hours, ...) with their formulas,
    /// so every line can be traced to its inputs. Never summed, never printed as lines.</summary>
    public IReadOnlyList<PayslipLine> Trace { get; init; } = [];

    public decimal Gross => Lines.Where(l => l.Category == LineCategory.Earning).Sum(l => l.Amount);

    public decimal Net => Gross + Lines.Where(l => l.Category == LineCategory.Deduction).Sum(l => l.Amount);

    public decimal EmployerCost => Gross + Lines.Where(l => l.Category == LineCategory.Employer).Sum(l => l.Amount);

    public PayslipLine? Line(string code) => Lines.FirstOrDefault(l => l.Code == code);
}
