using System.Diagnostics;

namespace PayCalc.Tests.Support;

/// <summary>
/// The project's test setup for the tools some tests drive (Chromium for the browser tests, LibreOffice and poppler for
/// the print tests): Debian packages installed with apt when their program is missing, as root (as on CI). Several
/// fixtures may ask at once: apt waits for the package lock instead of failing, and one install runs at a time here.
/// </summary>
public static class DebianPackages
{
    private static readonly Lock Installing = new();

    /// <summary>Makes sure <paramref name="program"/> exists, installing <paramref name="packages"/> when it does not.</summary>
    /// <exception cref="InvalidOperationException">It is missing and cannot be installed here (says what to install).</exception>
    public static void EnsureInstalled(string program, params string[] packages)
    {
        lock (Installing)
        {
            if (File.Exists(program)) return;
            var what = string.Join(" ", packages);
            if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
                throw new InvalidOperationException($"These tests need {program}: run `apt-get install -y {what}` as root.");
            if (Install(packages) != 0 || !File.Exists(program))
            {
                // A fresh machine may have no package lists yet.
                Run("apt-get", "-o", "DPkg::Lock::Timeout=600", "update");
                if (Install(packages) != 0 || !File.Exists(program))
                    throw new InvalidOperationException($"apt-get could not install {what} (needed for {program}).");
            }
        }
    }

    private static int Install(string[] packages) =>
        Run("apt-get", ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends", .. packages]);

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            return -1;
        }
        output.Wait();
        errors.Wait();
        return process.ExitCode;
    }
}
