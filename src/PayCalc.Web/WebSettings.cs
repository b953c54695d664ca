using Microsoft.Extensions.Configuration;

namespace PayCalc.Web;

/// <summary>
/// The web app's settings: section <c>PayCalc</c> of <c>appsettings.json</c>, then <c>PAYCALC_*</c> environment variables
/// as for the command line (<c>PAYCALC_DATABASE</c>). <see cref="Demo"/> (Development only) loads the example months into
/// a database of its own and creates demo logins.
/// </summary>
public sealed record WebSettings
{
    /// <summary>The payroll database the command line writes (setting <c>Database</c>); its accounts file is beside it.</summary>
    public string Database { get; init; } = "paycalc.db";

    public string RulesDirectory { get; init; } = "rules";

    /// <summary>Load the bank-card-center example months into a demo database and create demo logins (Development only).</summary>
    public bool Demo { get; init; }

    /// <summary>The example input months the demo loads (<c>2026-10</c>, <c>2026-11</c>, <c>2026-12</c> below it).</summary>
    public string DemoExamples { get; init; } = "examples/bank-card-center";

    /// <summary>
    /// The settings with a relative rules folder (and demo examples) found from the working folder or a folder above it:
    /// <c>dotnet run --project src/PayCalc.Web</c> starts in the project's folder, the rules are at the repository's root.
    /// </summary>
    public WebSettings Located()
    {
        if (Path.IsPathRooted(RulesDirectory)) return this;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, RulesDirectory)))
                return this with
                {
                    RulesDirectory = Path.Combine(dir.FullName, RulesDirectory),
                    DemoExamples = Path.IsPathRooted(DemoExamples) ? DemoExamples : Path.Combine(dir.FullName, DemoExamples),
                };
        return this;
    }

    public static WebSettings From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var settings = new WebSettings();
        config.GetSection("PayCalc").Bind(settings);
        return (settings with
        {
            Database = config["DATABASE"] ?? settings.Database,
            RulesDirectory = config["RULESDIRECTORY"] ?? settings.RulesDirectory,
        }).Located();
    }
}
