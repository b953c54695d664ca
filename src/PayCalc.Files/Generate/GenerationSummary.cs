namespace PayCalc.Files.Generate;

/// <summary>What was written: record counts and the file paths.</summary>
public sealed record GenerationSummary(int Agents, int ShiftRows, int LeaveRows, int Deals, IReadOnlyList<string> Files);
