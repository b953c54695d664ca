using PayCalc.Domain;

namespace PayCalc.Files.Generate;

/// <summary>What <see cref="SyntheticInputGenerator"/> produces.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Number of generated agents (ids A001, A002, ... from <see cref="FirstAgentNumber"/>).</summary>
    public required int AgentCount { get; init; }

    public required Period Period { get; init; }

    /// <summary>Folder to write agents, attendance, metrics and sales into (created when missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The caller's calendar: the schedule puts regular shifts on working days.</summary>
    public required Func<DateOnly, bool> IsWorkingDay { get; init; }

    public InputFormat Format { get; init; } = InputFormat.Csv;

    public HeaderLanguage Headers { get; init; } = HeaderLanguage.English;

    /// <summary>Seed of <see cref="System.Random"/>: same options, same files.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of the first generated agent id, e.g. 2 to leave A001 for a hand-written agent.</summary>
    public int FirstAgentNumber { get; init; } = 1;

    /// <summary>Minimum digits of agent numbers (A001 with 3); more are used when the count needs them.</summary>
    public int AgentIdDigits { get; init; } = 3;
}
