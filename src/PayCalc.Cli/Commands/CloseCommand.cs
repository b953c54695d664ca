using System.CommandLine;
using PayCalc.Storage;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc close --period P [--user U] [--reason R] [--db F]</c>: freeze an approved (paid) month.</summary>
public static class CloseCommand
{
    public static Command Create(PayCalcSettings settings) => PeriodStepCommand.Create(settings, PeriodAction.Close,
        Messages.Get("Help_Close"));
}
