namespace PayCalc.Rules.Model;

/// <summary>A rule file could not be loaded. Carries every problem found; nothing runs on a broken plan.</summary>
public sealed class RuleLoadException(IReadOnlyList<RuleError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
