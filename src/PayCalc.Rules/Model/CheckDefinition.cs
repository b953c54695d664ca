using PayCalc.Domain.Payroll;

namespace PayCalc.Rules.Model;

/// <summary>
/// An audit check finance writes under <c>checks:</c>: it judges a computed month and raises an exception for each
/// agent it matches. It always starts from the judged agent's payslip, whose plan names every condition may read
/// (<see cref="When"/> reads nothing else); <see cref="Patterns"/> add facts joined to it. <see cref="Message"/> may
/// name plan values and pattern values in braces: <c>{net_pay}</c>, <c>{d.BookedOn}</c>; it is Chinese, and
/// <see cref="MessageEn"/> (optional, same placeholders or others) is shown when the run's UI language is English.
/// <see cref="File"/> is the file that defines it (empty = the plan).
/// </summary>
public sealed record CheckDefinition(
    string Code,
    FlagSeverity Severity,
    string? When,
    IReadOnlyList<CheckPattern> Patterns,
    string Message,
    int Line,
    string File = "",
    string? MessageEn = null)
{
    /// <summary>The widest key the check joins on: the sessions it runs in (one per agent, per team, or one for all).</summary>
    public CheckKey Partition => Patterns.Count == 0 ? CheckKey.Agent : Patterns.Max(p => p.On);
}
