namespace PayCalc.Domain.Payroll;

/// <summary>One payslip line: amount rounded once (to 0.01, half away from zero), signed by its effect on pay.</summary>
public sealed record PayslipLine
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required LineCategory Category { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>The rule's expression as written in the plan.</summary>
    public required string Formula { get; init; }
    /// <summary>The formula with the values that went in substituted.</summary>
    public required string Explain { get; init; }
    /// <summary>The named values the formula used, in order of first appearance. Filled when a payslip is read back
    /// from the store (rendered from its facts and trace); a freshly computed line carries them only in <see cref="Explain"/>,
    /// which keeps 100,000 payslips in memory smaller.</summary>
    public IReadOnlyList<LineInput> Inputs { get; init; } = [];
}
