using System.Text;
using Microsoft.Extensions.Configuration;
using PayCalc.Files.Import;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Cli;

/// <summary>
/// Settings from <c>appsettings.json</c> (beside the program, then the working folder), then
/// <c>PAYCALC_*</c> environment variables (e.g. <c>PAYCALC_DATABASE</c>); command options override both.
/// </summary>
public sealed record PayCalcSettings
{
    public string Database { get; init; } = "paycalc.db";
    public string DefaultPlan { get; init; } = "rules/plans/bank-card-center.yaml";
    public string RulesDirectory { get; init; } = "rules";
    public string Culture { get; init; } = "zh-CN";
    public string OutputDirectory { get; init; } = "out";

    /// <summary>Seconds to wait for another process's write lock on the database before giving up.</summary>
    public int BusyTimeoutSeconds { get; init; } = PayrollDatabase.DefaultBusyTimeoutSeconds;

    /// <summary>Minutes one run's computation may take before it stops naming the component it was computing (a runaway
    /// rule). Default 10: a 100,000-agent month computes in about 8 s.</summary>
    public double ComputeBudgetMinutes { get; init; } = 10;

    /// <summary>The engine's compute budget from <see cref="ComputeBudgetMinutes"/> (an agent's value keeps the engine's default).</summary>
    public ComputeBudget ComputeBudget => ComputeBudgetMinutes > 0
        ? new ComputeBudget(TimeSpan.FromMinutes(ComputeBudgetMinutes), ComputeBudget.Default.PerAgent)
        : throw new BadOptionException(Messages.Format("Cli_ComputeBudgetNotPositive", ComputeBudgetMinutes));

    /// <summary>Where unexpected failures are logged with their details (the console gets one line).</summary>
    public string LogFile { get; init; } = "paycalc-errors.log";

    /// <summary>Encoding of input CSV files: <c>auto</c> (UTF-8 when the file is valid UTF-8, else GB18030), or a name
    /// such as <c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>. <c>--encoding</c> overrides it.</summary>
    public string CsvEncoding { get; init; } = "auto";

    /// <summary>Input limits (section <c>PayCalc:Import</c>; environment <c>PAYCALC_IMPORT__MAXAMOUNT</c> and so on).</summary>
    public ImportOptions Import { get; init; } = ImportOptions.Default;

    public static PayCalcSettings Load()
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("PAYCALC_")
            .Build();
        var settings = new PayCalcSettings();
        config.GetSection("PayCalc").Bind(settings);
        // Environment variables arrive without the section: PAYCALC_DATABASE -> "DATABASE".
        return settings with
        {
            Database = config["DATABASE"] ?? settings.Database,
            DefaultPlan = config["DEFAULTPLAN"] ?? config["PLAN"] ?? settings.DefaultPlan,
            RulesDirectory = config["RULESDIRECTORY"] ?? settings.RulesDirectory,
            Culture = config["CULTURE"] ?? settings.Culture,
            OutputDirectory = config["OUTPUTDIRECTORY"] ?? settings.OutputDirectory,
            BusyTimeoutSeconds = config.GetValue("BUSYTIMEOUTSECONDS", settings.BusyTimeoutSeconds),
            LogFile = config["LOGFILE"] ?? settings.LogFile,
            ComputeBudgetMinutes = config.GetValue("COMPUTEBUDGETMINUTES", settings.ComputeBudgetMinutes),
            CsvEncoding = config["CSVENCODING"] ?? settings.CsvEncoding,
            Import = Bind(config.GetSection("IMPORT"), settings.Import),
        };
    }

    private static ImportOptions Bind(IConfigurationSection section, ImportOptions defaults) => new()
    {
        MaxFileBytes = section.GetValue("MaxFileBytes", defaults.MaxFileBytes),
        MaxXlsxUncompressedBytes = section.GetValue("MaxXlsxUncompressedBytes", defaults.MaxXlsxUncompressedBytes),
        MaxRows = section.GetValue("MaxRows", defaults.MaxRows),
        MaxColumns = section.GetValue("MaxColumns", defaults.MaxColumns),
        MaxCellChars = section.GetValue("MaxCellChars", defaults.MaxCellChars),
        MaxAmount = section.GetValue("MaxAmount", defaults.MaxAmount),
    };

    /// <summary>The import options of a command: the settings' limits with the CSV encoding of <c>--encoding</c> or the
    /// setting (<c>auto</c> = detect).</summary>
    /// <exception cref="BadOptionException">The encoding name is not one .NET knows.</exception>
    public ImportOptions ImportWith(string? encodingOption)
    {
        var name = (encodingOption ?? CsvEncoding).Trim();
        if (name.Equals("auto", StringComparison.OrdinalIgnoreCase)) return Import with { CsvEncoding = null };
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Import with { CsvEncoding = Encoding.GetEncoding(name) };
        }
        catch (ArgumentException)
        {
            throw new BadOptionException(Messages.Format("Cli_BadEncoding", name));
        }
    }
}
