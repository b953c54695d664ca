using System.CommandLine;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary>
/// <c>paycalc rules diff OLD NEW [--format text|json]</c>: what changed between two versions of a plan's rules, rule
/// by rule (parameters and their dated values, components, flags, history, inputs, cities, calendar), not line by
/// line. Each side is a plan file (a stored month's snapshot, <c>period:yyyy-MM</c>, is not available in this build).
/// </summary>
public static class RulesDiffCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var oldSide = new Argument<string>("OLD") { Description = FinanceText.Get("Diff_ArgOld") };
        var newSide = new Argument<string>("NEW") { Description = FinanceText.Get("Diff_ArgNew") };
        var db = new Option<string?>("--db") { Description = FinanceText.Format("Diff_OptDb", settings.Database) };
        var format = new Option<string>("--format")
        {
            Description = FinanceText.Get("Diff_OptFormat"),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", FinanceText.Get("Diff_Command"))
        {
            oldSide, newSide, format, db,
        };
        command.SetAction(parse => new RuleDiff(Console.Out, Console.Error, parse.GetValue(db) ?? settings.Database, TimeProvider.System).Run(parse.GetValue(oldSide)!, parse.GetValue(newSide)!,
            parse.GetValue(format) == "json" ? RuleDiffFormat.Json : RuleDiffFormat.Text));
        return command;
    }
}
