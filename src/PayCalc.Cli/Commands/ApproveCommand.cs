using System.CommandLine;
using PayCalc.Storage;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc approve --period P [--user U] [--reason R] [--db F]</c>: HR signs off a calculated month.</summary>
public static class ApproveCommand
{
    public static Command Create(PayCalcSettings settings) => PeriodStepCommand.Create(settings, PeriodAction.Approve,
        "Approve a calculated month (calculated -> approved). Running the month again returns it to calculated.");
}
