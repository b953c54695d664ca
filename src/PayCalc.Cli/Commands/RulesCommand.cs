using System.CommandLine;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc rules ...</c>: the rules of stored months (<c>show</c>) and what changed between two versions (<c>diff</c>).</summary>
public static class RulesCommand
{
    public static Command Create(PayCalcSettings settings) =>
        new("rules", "Read and compare the rules: the rule files a stored month was computed with, and what changed between two versions.")
        {
            RulesShowCommand.Create(settings),
            RulesDiffCommand.Create(settings),
        };
}
