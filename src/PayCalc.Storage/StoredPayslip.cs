using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>A payslip as stored in a period's run, with its lines in plan order (for <c>paycalc explain</c>).</summary>
public sealed record StoredPayslip
{
    public required long RunId { get; init; }
    public required Period Period { get; init; }
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required decimal Gross { get; init; }
    public required decimal Net { get; init; }
    public required IReadOnlyList<PayslipLine> Lines { get; init; }
    /// <summary>The plan's intermediate values (hourly wage, overtime hours, ...) stored with the payslip.</summary>
    public IReadOnlyList<PayslipLine> Variables { get; init; } = [];
    /// <summary>The payslip's computation as a tree (lines, variables, each input with its kind and source, the rows
    /// behind aggregate lines), as the run stored it.</summary>
    public required PayslipTrace Trace { get; init; }
}
