namespace PayCalc.Rules.Model;

/// <summary>
/// One pattern of a check: facts of <see cref="FactType"/> (<c>payslip</c>, <c>shift</c>, <c>leave</c>, <c>deal</c>,
/// <c>earlier</c>) named <see cref="Alias"/>, sharing <see cref="On"/> with the judged payslip and meeting
/// <see cref="Where"/> (which may read the plan names of the judged payslip and earlier aliases). <see cref="Kind"/>:
/// each matching fact (<see cref="CheckPatternKind.Each"/>), none (<see cref="CheckPatternKind.Not"/>), at least one
/// (<see cref="CheckPatternKind.Exists"/>), or a <see cref="CheckPatternKind.Group"/>: <see cref="Aggregate"/> of
/// <see cref="Value"/> (a formula over each member payslip) over the matching facts, named <see cref="Alias"/>.
/// </summary>
public sealed record CheckPattern(
    CheckPatternKind Kind,
    string FactType,
    string Alias,
    CheckKey On,
    string? Where,
    int Line,
    CheckAggregate Aggregate = CheckAggregate.Count,
    string? Value = null);

/// <summary>How a check pattern matches.</summary>
public enum CheckPatternKind
{
    Each,
    Not,
    Exists,
    Group,
}

/// <summary>What a group pattern computes over its members' values. The median of an even count is the mean of the
/// two middle values.</summary>
public enum CheckAggregate
{
    Count,
    Sum,
    Min,
    Max,
    Median,
}
