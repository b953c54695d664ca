namespace PayCalc.Rules.Loading;

/// <summary>
/// Collects every rule file the loader opens (plan, included files, city profiles, calendars), with the exact bytes it
/// parsed, in the order read. Given to <see cref="PlanLoader.Load(string, RuleFiles?)"/> and
/// <see cref="CalendarLoader.LoadAll(string, string, RuleFiles?)"/>; a run stores them as its rule snapshot. A file read
/// twice is kept once (the first read).
/// </summary>
public sealed class RuleFiles
{
    private readonly List<RuleFileRead> _files = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The files read so far, in the order they were read.</summary>
    public IReadOnlyList<RuleFileRead> Files
    {
        get
        {
            lock (_gate) return [.. _files];
        }
    }

    /// <summary>Reads <paramref name="path"/> and records it; returns its bytes.</summary>
    public static byte[] Read(string path, RuleFileKind kind, RuleFiles? files)
    {
        var bytes = File.ReadAllBytes(path);
        files?.Add(path, kind, bytes);
        return bytes;
    }

    /// <summary>Reads <paramref name="path"/> as text (as <see cref="File.ReadAllText(string)"/> does: UTF-8, byte order
    /// mark detected) and records its bytes.</summary>
    public static string ReadText(string path, RuleFileKind kind, RuleFiles? files)
    {
        var bytes = Read(path, kind, files);
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private void Add(string path, RuleFileKind kind, byte[] content)
    {
        var full = Path.GetFullPath(path);
        lock (_gate)
            if (_paths.Add(full)) _files.Add(new RuleFileRead(full, kind, content));
    }
}
