namespace PayCalc.Domain.Payroll;

/// <summary>The outcome of computing one period with one plan: payslips sorted by agent id, and flags.</summary>
public sealed record PayrollResult
{
    public required Period Period { get; init; }
    public required string PlanCode { get; init; }
    public required string PlanVersion { get; init; }
    /// <summary>Lines the plan defines, in plan order, excluding hidden variables.</summary>
    public required IReadOnlyList<LineDefinition> LineDefinitions { get; init; }
    /// <summary>The plan's intermediate values (variables), in plan order.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];
    /// <summary>Display values of the plan's scalar parameters in force for the period.</summary>
    public IReadOnlyList<LineInput> Parameters { get; init; } = [];
    /// <summary>What the names the formulas read are (kind, a parameter's source and in-force date, the months a
    /// history value summed) and the shape of each aggregate line's rows: the trace's shared part.</summary>
    public TraceCatalog Catalog { get; init; } = TraceCatalog.Empty;
    public required IReadOnlyList<Payslip> Payslips { get; init; }
    public IReadOnlyList<PayrollFlag> Flags { get; init; } = [];
}
