using System.CommandLine;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc rules ...</c>: the rules of stored months (<c>show</c>).</summary>
public static class RulesCommand
{
    public static Command Create(PayCalcSettings settings) =>
        new("rules", "The rule files a stored month was computed with.")
        {
            RulesShowCommand.Create(settings),
        };
}
