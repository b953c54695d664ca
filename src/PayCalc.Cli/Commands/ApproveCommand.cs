using System.CommandLine;
using PayCalc.Storage;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc approve --period P [--acknowledge CODE[:AGENT]...] [--user U] [--reason R] [--db F]</c>: HR signs off a
/// calculated month once every blocking exception is acknowledged.</summary>
public static class ApproveCommand
{
    public static Command Create(PayCalcSettings settings) => PeriodStepCommand.Create(settings, PeriodAction.Approve,
        Messages.Get("Help_Approve"));
}
