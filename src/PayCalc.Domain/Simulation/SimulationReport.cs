namespace PayCalc.Domain.Simulation;

/// <summary>
/// What a proposed plan would have paid over stored months, against what they paid: costs per month and line (with the
/// range's totals), the same per team, every agent whose net changes (largest changes first), the exceptions that
/// appear or disappear. The per-agent differences of <see cref="Agents"/> add up to <see cref="NetDifference"/> to the cent.
/// </summary>
public sealed record SimulationReport
{
    /// <summary>The proposed plan's file name without extension (the report files' names).</summary>
    public required string Name { get; init; }
    public required string PlanPath { get; init; }
    public required IReadOnlyList<Period> Periods { get; init; }
    /// <summary>Per month and for the range (period null), every line and the totals, all teams.</summary>
    public required IReadOnlyList<SimulationCost> Costs { get; init; }
    /// <summary>Per team and month and for the range: the totals, and every line whose cost changes.</summary>
    public required IReadOnlyList<SimulationCost> TeamCosts { get; init; }
    /// <summary>Agents whose net over the range or in any month changes, largest change (either way) first.</summary>
    public required IReadOnlyList<SimulationAgent> Agents { get; init; }
    public required IReadOnlyList<SimulationFlagChange> FlagChanges { get; init; }
    /// <summary>Agents with a payslip in any month of the range, on either side.</summary>
    public required int AgentsCompared { get; init; }
    /// <summary>Agents with any line that changes (some only info lines, their net unchanged).</summary>
    public required int AgentsWithLineChanges { get; init; }
    /// <summary>Proposed net total less the stored net total over the range.</summary>
    public required decimal NetDifference { get; init; }
    /// <summary>What the proposed plan changes against the rules stored with the simulated months (empty: none, or the
    /// months were stored before rule snapshots, which <see cref="Warnings"/> then says).</summary>
    public IReadOnlyList<SimulationRuleChange> RuleChanges { get; init; } = [];
    /// <summary>Remarks (a run made with another plan than its settings name, an input not stored, ...).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
