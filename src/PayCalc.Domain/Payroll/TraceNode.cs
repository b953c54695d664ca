namespace PayCalc.Domain.Payroll;

/// <summary>
/// One value of a payslip with why it is what it is: a payslip line (<see cref="Category"/> set) or a plan variable,
/// its formula, the formula with the values that went in, each input with its kind, and for an aggregate line the
/// rows behind it. The inputs that are lines or variables are nodes themselves (<see cref="PayslipTrace.Inputs"/>).
/// </summary>
public sealed record TraceNode
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    /// <summary>The line's category; null for a variable.</summary>
    public LineCategory? Category { get; init; }
    /// <summary>A line's amount (rounded once) or a variable's exact value.</summary>
    public required decimal Value { get; init; }
    public required string Formula { get; init; }
    /// <summary>The formula with the values that went in (one renderer: <see cref="FormulaText"/>).</summary>
    public required string Explain { get; init; }
    /// <summary>The line in words with its values (the plan's <c>say:</c>, Chinese), or null when the plan gives none.</summary>
    public string? Say { get; init; }
    /// <summary>The same in English (<c>say_en:</c>), or null.</summary>
    public string? SayEn { get; init; }
    public IReadOnlyList<TraceInput> Inputs { get; init; } = [];
    /// <summary>What the rows are, when the line aggregates shifts, leave or deals.</summary>
    public RowShape? Shape { get; init; }
    public IReadOnlyList<TraceRow> Rows { get; init; } = [];

    /// <summary>The line in words in the language of <paramref name="culture"/> (default: the current UI culture): English
    /// when it is English and the plan has <c>say_en:</c>, else Chinese; null when the plan gives no words.</summary>
    public string? Words(System.Globalization.CultureInfo? culture = null) =>
        (culture ?? System.Globalization.CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en" && SayEn is not null ? SayEn : Say;
}
