using System.Diagnostics;

namespace PayCalc.Tests.Support;

/// <summary>Programs some tests use to look at the outputs as a reader would (LibreOffice to print a workbook,
/// poppler's pdftotext and pdfinfo to read a PDF). They come from Debian packages, not from NuGet; a test that needs
/// one is skipped, saying which package installs it, where it is missing (see <see cref="ToolFactAttribute"/>).</summary>
public static class ExternalTool
{
    /// <summary>The Debian package that installs each program.</summary>
    public static readonly IReadOnlyDictionary<string, string> Packages = new Dictionary<string, string>
    {
        ["soffice"] = "libreoffice-calc-nogui (and fonts-crosextra-carlito, metric-compatible with Calibri, fonts-wqy-microhei for Chinese)",
        ["pdftotext"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
    };

    public static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Runs <paramref name="program"/> and returns its exit code and standard output; fails the test on a timeout.</summary>
    public static (int Exit, string Output) Run(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds} s.");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }
}

/// <summary>A fact that needs external programs: skipped, naming the Debian package to install, where one is missing
/// (e.g. <c>apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils</c>).</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] programs)
    {
        var missing = programs.Where(p => !ExternalTool.Exists(p)).ToList();
        if (missing.Count > 0)
            Skip = $"needs {string.Join(", ", missing)}: apt-get install -y --no-install-recommends " +
                   string.Join(" ", missing.Select(p => ExternalTool.Packages.GetValueOrDefault(p, p).Split(' ')[0]).Distinct());
    }
}
