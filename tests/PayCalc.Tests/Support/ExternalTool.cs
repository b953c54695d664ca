using System.Diagnostics;

namespace PayCalc.Tests.Support;

/// <summary>Programs some tests use to look at the outputs as a reader would (LibreOffice to print a workbook,
/// poppler's pdftotext and pdfinfo to read a PDF). They come from Debian packages, not from NuGet: a test that needs
/// one calls <see cref="Require"/>, which installs the package where the program is missing (<see cref="DebianPackages"/>).</summary>
public static class ExternalTool
{
    /// <summary>The Debian packages that install each program (with the fonts the printed outputs need: Carlito is
    /// metric-compatible with Calibri, WenQuanYi Micro Hei draws the Chinese).</summary>
    private static readonly Dictionary<string, (string Path, string[] Packages)> Programs = new()
    {
        ["soffice"] = ("/usr/bin/soffice", ["libreoffice-calc-nogui", "fonts-crosextra-carlito", "fonts-wqy-microhei"]),
        ["pdftotext"] = ("/usr/bin/pdftotext", ["poppler-utils"]),
        ["pdfinfo"] = ("/usr/bin/pdfinfo", ["poppler-utils"]),
    };

    /// <summary>Makes sure each program is there, installing its Debian packages where it is missing (as root, as on CI).</summary>
    public static void Require(params string[] programs)
    {
        foreach (var program in programs)
        {
            var (path, packages) = Programs[program];
            DebianPackages.EnsureInstalled(path, packages);
        }
    }

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
