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
        if (File.Exists(full)) return Messages.Format("Out_IsFile", folder);
        for (var dir = Path.GetDirectoryName(full); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) return Messages.Format("Out_UnderFile", folder, dir);
            if (Directory.Exists(dir)) break;
        }
        foreach (var name in new[] { "payslips.json", PayrollWorkbookWriter.FileName(period), $"errors-{period}.txt" })
            if (Directory.Exists(Path.Combine(full, name))) return Messages.Format("Out_FileIsFolder", Path.Combine(folder, name));
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
            return Messages.Format("Out_NotWritable", folder, e.Message.TrimEnd('.'));
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
        return [Messages.Format("Out_StagingRemoved", staging, period)];
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
                notes.Add(Messages.Format("Out_PublishFinished", run.Period, run.Id, folder));
            }
            else
                notes.Add(Messages.Format("Out_StagingLeft", run.Period, staging));
        }
        if (!Directory.Exists(folder)) return [.. notes, Messages.Format("Out_FolderGone", run.Period, folder, run.Id)];
        var wrong = RunOutputs.Mismatches(run, folder);
        if (wrong.Count > 0)
            notes.Add(Messages.Format(wrong.Count == 1 ? "Out_WrongFile" : "Out_WrongFiles", run.Period, string.Join(", ", wrong), folder, run.Id));
        return notes;
    }
}
