using System.CommandLine;
using System.Globalization;
using System.Text;
using PayCalc.Cli.Commands;

namespace PayCalc.Cli;

/// <summary>Composition root of the command line.</summary>
public static class CliApp
{
    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var settings = PayCalcSettings.Load();
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(settings.Culture);
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
        };
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("paycalc: " + ex.Message);
            return PayrollRunner.Failure;
        }
    }
}
