namespace PayCalc.Domain.Inputs;

/// <summary>An imported file: its kind (agents, attendance, ...), name and SHA-256 (hex) for the run record.</summary>
public sealed record InputFile(string Kind, string Path, string Sha256);
