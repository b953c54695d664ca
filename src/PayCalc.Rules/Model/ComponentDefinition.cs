namespace PayCalc.Rules.Model;

/// <summary>
/// A plan component: a payslip line or an intermediate variable. Exactly one of <see cref="Amount"/>
/// and <see cref="Group"/> is set. Line amounts are rounded once to 0.01 half away from zero; other
/// components that refer to a line see the rounded amount, as printed.
/// </summary>
public sealed record ComponentDefinition
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required ComponentCategory Category { get; init; }
    public RuleValueType Type { get; init; }
    public Unit Unit { get; init; }
    public string? When { get; init; }
    public int WhenLine { get; init; }
    public string? Amount { get; init; }
    public int AmountLine { get; init; }
    public GroupDefinition? Group { get; init; }
    public string? Comment { get; init; }
    /// <summary>The line in words, Chinese (<c>say:</c>): text with plan names in braces, <c>加班 {OT} 小时 × 时薪 {h}</c>,
    /// each replaced by its value when the line is explained. Null = the line is explained by its formula alone.</summary>
    public string? Say { get; init; }
    /// <summary>The same in English (<c>say_en:</c>), used when the UI language is English; null = the Chinese one.</summary>
    public string? SayEn { get; init; }
    public int SayLine { get; init; }
    public int SayEnLine { get; init; }
    public required int Line { get; init; }
    /// <summary>The file that defines the component: the plan, or an included module (empty = the plan).</summary>
    public string File { get; init; } = "";

    public bool IsLine => Category != ComponentCategory.Variable;
}
