using System.CommandLine;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary>
/// <c>paycalc test [PATH...]</c>: runs the rule tests written by finance (YAML case files, format in
/// <c>rules/tests/README.md</c>); without a path, <c>rules/tests</c> and <c>rules/statutory/cases</c>. Exit 0 when every
/// expectation holds, 1 on a failure or a problem in a case file. Nothing is read from or written to the database.
/// </summary>
public static class TestCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = FinanceText.Get("Test_ArgPath"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("test", FinanceText.Get("Test_Command")) { paths };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) ?? [];
            var run = given.Length > 0 ? given : RuleTestRunner.DefaultPaths(settings.RulesDirectory);
            return new RuleTestRunner(settings.RulesDirectory).Run(run, Console.Out, Console.Error);
        });
        return command;
    }
}
