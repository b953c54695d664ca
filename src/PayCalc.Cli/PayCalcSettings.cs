using Microsoft.Extensions.Configuration;

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
        };
    }
}
