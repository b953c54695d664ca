using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using PayCalc.Application;
using PayCalc.Cli.Commands;

namespace PayCalc.Cli;

/// <summary>Composition root of the command line.</summary>
public static class CliApp
{
    /// <summary>The program's entry: the language chosen applies to the whole process (every thread).</summary>
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error, processWide: true);

    /// <summary>Runs one command. Any failure ends as one line on <paramref name="errors"/> (the details of an unexpected
    /// one go to the log file, and to <paramref name="errors"/> too with <c>--verbose</c>): never a stack trace alone.
    /// The language (<see cref="Language"/>) is set for this call's flow only, so that a test can call this in-process.</summary>
    public static int Run(string[] args, TextWriter errors) => Run(args, Console.Out, errors, processWide: false);

    /// <summary>As <see cref="Run(string[], TextWriter)"/>, with what the command prints on <paramref name="output"/>
    /// (commands that print through their <see cref="InvocationConfiguration"/>, such as <c>run</c>); <paramref name="adjust"/>
    /// changes the settings after they are read (an embedding caller's own folders or timeouts).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, Func<PayCalcSettings, PayCalcSettings>? adjust = null) =>
        Run(args, output, errors, processWide: false, adjust);

    private static int Run(string[] args, TextWriter output, TextWriter errors, bool processWide, Func<PayCalcSettings, PayCalcSettings>? adjust = null)
    {
        Console.OutputEncoding = Encoding.UTF8;
        // The language is settled before anything is printed, bad options and unreadable settings included.
        var lang = Language.Scan(args);
        var chosen = lang is null ? null : Language.FromOption(lang);
        PayCalcSettings? settings = null;
        Exception? settingsError = null;
        CultureInfo? culture = null;
        try
        {
            settings = PayCalcSettings.Load();
            if (adjust is not null) settings = adjust(settings);
            culture = CultureInfo.GetCultureInfo(settings.Culture);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or CultureNotFoundException)
        {
            settingsError = e;
        }
        Language.Use(chosen ?? culture ?? CultureInfo.GetCultureInfo("zh-CN"), processWide);
        if (lang is not null && chosen is null)
        {
            errors.WriteLine("paycalc: " + Messages.Format("Cli_BadLang", lang));
            return PayrollRunner.Failure;
        }
        if (settings is null || culture is null)
        {
            errors.WriteLine("paycalc: " + Messages.Format("Cli_SettingsUnreadable", CliFailure.Innermost(settingsError!)));
            return PayrollRunner.Failure;
        }
        CultureInfo.CurrentCulture = culture;
        if (processWide) CultureInfo.DefaultThreadCurrentCulture = culture;
        var verbose = new Option<bool>("--verbose") { Description = Messages.Get("Cli_VerboseOption"), Recursive = true };
        var language = new Option<string?>(Language.OptionName) { Description = Messages.Get("Cli_LangOption"), Recursive = true };
        var root = new RootCommand(Messages.Get("Cli_RootDescription"))
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
        root.Options.Add(language);
        LocalizedHelp.Apply(root);
        var parsed = root.Parse(args);
        try
        {
            // Help, asked for or shown after a parse error, gets our heading (see LocalizedHelp).
            if (parsed.Action is HelpAction || parsed.Errors.Count > 0)
            {
                var help = new StringWriter();
                var shown = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help, Error = errors });
                output.Write(LocalizedHelp.Headings(help.ToString()));
                return shown;
            }
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = errors });
        }
        catch (Exception e)
        {
            return CliFailure.Report(e, errors, settings.LogFile, parsed.GetValue(verbose), args);
        }
    }
}
