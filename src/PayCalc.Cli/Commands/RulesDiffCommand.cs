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
        var oldSide = new Argument<string>("OLD") { Description = "The old rules: a plan file (e.g. rules/plans/bank-card-center.yaml) or period:yyyy-MM (the rules a stored month was paid with)." };
        var newSide = new Argument<string>("NEW") { Description = "The new rules: a plan file or period:yyyy-MM." };
        var db = new Option<string?>("--db") { Description = $"SQLite database file for period:yyyy-MM sides (default {settings.Database})." };
        var format = new Option<string>("--format")
        {
            Description = "text (one plain-language block per change, default) or json (an array of changes, for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "What changed between two versions of the rules: parameters, components, flags, history, inputs, cities, calendar.")
        {
            oldSide, newSide, format, db,
        };
        command.SetAction(parse => new RuleDiff(Console.Out, Console.Error, parse.GetValue(db) ?? settings.Database, TimeProvider.System).Run(parse.GetValue(oldSide)!, parse.GetValue(newSide)!,
            parse.GetValue(format) == "json" ? RuleDiffFormat.Json : RuleDiffFormat.Text));
        return command;
    }
}
