using PayCalc.Domain.Payroll;

namespace PayCalc.Domain.Ledger;

/// <summary>One payslip line of the bonus ledger: an agent's commission, clawback, bonus or adjustment of one month,
/// with the stored trace node it was read from (formula, values, inputs with their sources, rows).</summary>
public sealed record LedgerLine
{
    public required Period Period { get; init; }
    public required string AgentId { get; init; }
    public required string AgentName { get; init; }
    public required string Team { get; init; }
    public required LedgerKind Kind { get; init; }
    /// <summary>The stored line: code, names, amount, formula, values, inputs and rows.</summary>
    public required TraceNode Node { get; init; }
    public decimal Amount => Node.Value;
}
