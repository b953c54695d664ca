namespace PayCalc.Domain.Payroll;

/// <summary>One agent's payslip for a period. Gross = sum of earning lines; net = gross + deduction lines.</summary>
public sealed record Payslip
{
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required IReadOnlyList<PayslipLine> Lines { get; init; }
    /// <summary>The plan's intermediate values (hourly wage, overtime hours, ...), unrounded, in plan order,
    /// so every line can be traced to its inputs. Never summed, never printed as lines.</summary>
    public IReadOnlyList<TraceValue> Trace { get; init; } = [];
    /// <summary>Display values of the facts and metrics the plan's formulas use for this agent (e.g.
    /// <c>employed_working_days = 18</c>, <c>aht_seconds = 200</c>): with <see cref="Trace"/> and the run's
    /// parameters they re-render any intermediate value's formula.</summary>
    public IReadOnlyList<LineInput> Facts { get; init; } = [];

    public decimal Gross => Lines.Where(l => l.Category == LineCategory.Earning).Sum(l => l.Amount);

    public decimal Net => Gross + Lines.Where(l => l.Category == LineCategory.Deduction).Sum(l => l.Amount);

    public decimal EmployerCost => Gross + Lines.Where(l => l.Category == LineCategory.Employer).Sum(l => l.Amount);

    public PayslipLine? Line(string code) => Lines.FirstOrDefault(l => l.Code == code);
}
