namespace PayCalc.Domain.Payroll;

/// <summary>
/// The part of the trace every payslip of a run shares, kept once per run: what each name a formula reads is
/// (<see cref="Names"/>), the shape of each aggregate line's rows (<see cref="Rows"/>, by line code), and each line's
/// explanation in words as the plan writes it (<see cref="Say"/> Chinese, <see cref="SayEn"/> English, by code).
/// </summary>
public sealed record TraceCatalog
{
    public static readonly TraceCatalog Empty = new();

    public IReadOnlyDictionary<string, TraceName> Names { get; init; } = new Dictionary<string, TraceName>(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, RowShape> Rows { get; init; } = new Dictionary<string, RowShape>(StringComparer.Ordinal);
    /// <summary>The plan's <c>say:</c> templates, by component code: text with names in braces (<see cref="FormulaText.Fill"/>).</summary>
    public IReadOnlyDictionary<string, string> Say { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    /// <summary>The plan's <c>say_en:</c> templates, by component code.</summary>
    public IReadOnlyDictionary<string, string> SayEn { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
