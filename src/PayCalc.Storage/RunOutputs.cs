using System.Security.Cryptography;

namespace PayCalc.Storage;

/// <summary>
/// The output files a stored run wrote (kept in the run's settings as <c>output_folder</c> and <c>output:NAME</c> =
/// SHA-256), and the check of a folder against them.
/// </summary>
public static class RunOutputs
{
    internal const string FolderKey = "output_folder";
    internal const string FileKeyPrefix = "output:";

    /// <summary>The folder the run's outputs were published to, or null for a run stored without that record.</summary>
    public static string? Folder(StoredRun run) => run.Settings.GetValueOrDefault(FolderKey);

    /// <summary>The run's output files (name to SHA-256), by name.</summary>
    public static IReadOnlyDictionary<string, string> Files(StoredRun run) =>
        run.Settings.Where(s => s.Key.StartsWith(FileKeyPrefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Key[FileKeyPrefix.Length..], s => s.Value, StringComparer.Ordinal);

    /// <summary>The run's files that <paramref name="folder"/> does not hold as written: missing or changed (by name, in order).</summary>
    public static IReadOnlyList<string> Mismatches(StoredRun run, string folder) =>
        Files(run).Where(f => !File.Exists(Path.Combine(folder, f.Key)) || Sha256(Path.Combine(folder, f.Key)) != f.Value)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>SHA-256 of a file as lowercase hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
