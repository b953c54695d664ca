using PayCalc.Domain;
using PayCalc.Domain.Simulation;

namespace PayCalc.Application;

/// <summary>A simulation's report and the files written, or what stopped it: the month that could not be computed and why
/// (<see cref="MonthOutcome.Problems"/>: refusal, rule files' errors with file:line, input or compute errors).</summary>
public sealed record SimulationOutcome
{
    public SimulationReport? Report { get; init; }

    /// <summary>The files written (JSON, workbook, charts), in that order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The month that stopped the simulation (null when the range itself was refused).</summary>
    public Period? FailedPeriod { get; init; }

    public MonthOutcome? Failure { get; init; }
}
