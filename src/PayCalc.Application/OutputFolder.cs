using PayCalc.Domain;
using PayCalc.Files.Export;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// The folder a run publishes its files to. A run checks it can write there before anything else, writes into
/// <c>.staging-&lt;period&gt;</c> beside the published files, and moves the files out only after the run is stored.
/// </summary>
public static class OutputFolder
{
    /// <summary>The staging folder of a period's outputs inside <paramref name="folder"/>.</summary>
    public static string StagingOf(string folder, Period period) => Path.Combine(folder, $".staging-{period}");

    /// <summary>Why the run's files cannot be written to <paramref name="folder"/>, or null when they can (the folder is
    /// created when missing).</summary>
    public static string? Problem(string folder, Period period)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full)) return $"{folder} is a file, not a folder";
        for (var dir = Path.GetDirectoryName(full); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) return $"{folder} is under {dir}, which is a file";
            if (Directory.Exists(dir)) break;
        }
        foreach (var name in new[] { "payslips.json", PayrollWorkbookWriter.FileName(period), $"errors-{period}.txt" })
            if (Directory.Exists(Path.Combine(full, name))) return $"{Path.Combine(folder, name)} is a folder; remove or rename it";
        // Probed in the folder, or in the nearest folder above it that exists (nothing is created before the run is stored).
        var existing = full;
        while (!Directory.Exists(existing)) existing = Path.GetDirectoryName(existing) ?? existing;
        try
        {
            var probe = Path.Combine(existing, $".paycalc-write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{folder} cannot be written ({e.Message.TrimEnd('.')})";
        }
    }

    /// <summary>
    /// Removes a staging folder that an interrupted run of <paramref name="period"/> left behind (its files were never
    /// published, or were published already), and says so.
    /// </summary>
    public static IReadOnlyList<string> CleanStaging(string folder, Period period)
    {
        var staging = StagingOf(folder, period);
        if (!Directory.Exists(staging)) return [];
        Directory.Delete(staging, recursive: true);
        return [$"removed {staging}, left by an earlier run of {period} that was interrupted (this run writes the files again)."];
    }

    /// <summary>A fresh, empty staging folder for the period's files.</summary>
    public static string CreateStaging(string folder, Period period)
    {
        Directory.CreateDirectory(folder);
        var staging = StagingOf(folder, period);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves every file of <paramref name="staging"/> into <paramref name="folder"/> (a rename each), then removes it.</summary>
    public static void Publish(string staging, string folder)
    {
        foreach (var file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        Directory.Delete(staging, recursive: true);
    }

    /// <summary>
    /// Checks the files a stored run published against the hashes the run recorded. A staging folder holding exactly the
    /// run's files (the process died while publishing them) is published now; a staging folder of a run that was never
    /// stored is reported; published files that are missing or differ are reported. Returns what it found and did.
    /// </summary>
    public static IReadOnlyList<string> Verify(StoredRun run)
    {
        if (RunOutputs.Folder(run) is not { } folder) return [];
        var expected = RunOutputs.Files(run);
        var notes = new List<string>();
        var staging = StagingOf(folder, run.Period);
        if (Directory.Exists(staging))
        {
            var staged = Directory.GetFiles(staging).Select(Path.GetFileName).OfType<string>().ToList();
            var ofThisRun = staged.Count > 0 && staged.All(n => expected.TryGetValue(n, out var hash) && RunOutputs.Sha256(Path.Combine(staging, n)) == hash);
            if (ofThisRun)
            {
                Publish(staging, folder);
                notes.Add($"{run.Period}: finished publishing the files of run {run.Id} to {folder} (the run that stored them was interrupted while moving them).");
            }
            else
                notes.Add($"{run.Period}: {staging} is left by a run that was not stored; the next run of {run.Period} removes it (or delete it).");
        }
        if (!Directory.Exists(folder)) return [.. notes, $"{run.Period}: the output folder {folder} of run {run.Id} is gone; run the month again to write its files."];
        var wrong = RunOutputs.Mismatches(run, folder);
        if (wrong.Count > 0)
            notes.Add($"{run.Period}: {string.Join(", ", wrong)} in {folder} {(wrong.Count == 1 ? "is" : "are")} not the file(s) of the stored run {run.Id} " +
                "(missing, changed, or from another run); the database holds the right figures: run the month again to write the files.");
        return notes;
    }
}
