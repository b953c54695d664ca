namespace PayCalc.Rules.Model;

/// <summary>One problem in a rule file: file, 1-based line, the component or parameter code (if any) and what is wrong.</summary>
public sealed record RuleError(string File, int Line, string? Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {(Code is null ? "" : $"[{Code}] ")}{Message}";
}
