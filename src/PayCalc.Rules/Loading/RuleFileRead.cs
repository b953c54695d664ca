namespace PayCalc.Rules.Loading;

/// <summary>One rule file as the loader read it: its full path, what it is to the plan, and its exact bytes.</summary>
public sealed record RuleFileRead(string FullPath, RuleFileKind Kind, byte[] Content);
