using System.Diagnostics;

namespace PayCalc.Tests.Web;

/// <summary>The web app started on a database that is not there says so in one line and stops, instead of serving an
/// empty payroll it created itself.</summary>
public sealed class WebStartTests
{
    [Fact]
    public async Task Start_WithoutThePayrollDatabase_OneLine_Exit1_NothingCreated()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"paycalc-missing-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PayCalc.Web.dll"));
        start.Environment["PAYCALC_DATABASE"] = missing;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the web app did not stop");

        Assert.Equal(1, process.ExitCode);
        var error = (await stderr).Trim();
        Assert.Single(error.Split('\n'));
        Assert.Contains("no payroll database", error);
        Assert.DoesNotContain("   at ", await stdout + error);
        Assert.False(File.Exists(missing));
    }
}
