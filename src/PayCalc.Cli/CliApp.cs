using System.CommandLine;
using System.Globalization;
using System.Text;
using PayCalc.Application;
using PayCalc.Cli.Commands;

namespace PayCalc.Cli;

/// <summary>Composition root of the command line.</summary>
public static class CliApp
{
    public static int Run(string[] args) => Run(args, Console.Error);

    /// <summary>Runs one command. Any failure ends as one line on <paramref name="errors"/> (the details of an unexpected
    /// one go to the log file, and to <paramref name="errors"/> too with <c>--verbose</c>): never a stack trace alone.</summary>
    public static int Run(string[] args, TextWriter errors)
    {
        Console.OutputEncoding = Encoding.UTF8;
        PayCalcSettings settings;
        try
        {
            settings = PayCalcSettings.Load();
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(settings.Culture);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or CultureNotFoundException)
        {
            errors.WriteLine($"paycalc: the settings cannot be read: {CliFailure.Innermost(e)} Fix appsettings.json or the PAYCALC_* variables.");
            return PayrollRunner.Failure;
        }
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, also print its details (always written to the log file).", Recursive = true };
        var root = new RootCommand("PayCalc - payroll for outsourced customer-service agents (rules as data).")
        {
            RunCommand.Create(settings),
            ExplainCommand.Create(settings),
            GenerateCommand.Create(settings),
            ApproveCommand.Create(settings),
            CloseCommand.Create(settings),
            CorrectCommand.Create(settings),
            StatusCommand.Create(settings),
            ExampleCommand.Create(),
            TaxCommand.Create(settings),
            LedgerCommand.Create(settings),
            RulesCommand.Create(settings),
            SimulateCommand.Create(settings),
            TestCommand.Create(settings),
            VerifyCommand.Create(settings),
            UsersCommand.Create(settings),
            PayslipsCommand.Create(settings),
            PreviewCommand.Create(settings),
        };
        root.Options.Add(verbose);
        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CliFailure.Report(e, errors, settings.LogFile, parsed.GetValue(verbose), args);
        }
    }
}
