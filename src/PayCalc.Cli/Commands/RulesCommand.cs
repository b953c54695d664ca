using System.CommandLine;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc rules ...</c>: the rules of stored months (<c>show</c>) and what changed between two versions (<c>diff</c>).</summary>
public static class RulesCommand
{
    public static Command Create(PayCalcSettings settings) =>
        new("rules", FinanceText.Get("Rules_Command"))
        {
            RulesShowCommand.Create(settings),
            RulesDiffCommand.Create(settings),
        };
}
