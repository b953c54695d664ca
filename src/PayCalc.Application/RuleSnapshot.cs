using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// A month's rule snapshot: the exact rule files its run was computed with (plan, included files, city profiles,
/// calendars), as the loader read them, stored with the run by path relative to the rules folder. Written back to a
/// folder with the same layout, the plan loads from there exactly as it did (its includes and city folder are relative).
/// </summary>
public static class RuleSnapshot
{
    /// <summary>
    /// The files <paramref name="read"/> recorded, with paths relative to the rules folder (forward slashes). A file
    /// outside the rules folder (a plan kept elsewhere) is kept relative to the folder that holds them all, so the
    /// layout still reproduces the run.
    /// </summary>
    public static IReadOnlyList<StoredRuleFile> Capture(RuleFiles read, string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(read);
        var files = read.Files;
        var root = Path.GetFullPath(rulesDirectory);
        foreach (var f in files)
            while (!IsUnder(f.FullPath, root))
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException($"{f.FullPath} shares no folder with {rulesDirectory}.");
        return files.Select(f => new StoredRuleFile(Path.GetRelativePath(root, f.FullPath).Replace(Path.DirectorySeparatorChar, '/'), Kind(f.Kind), f.Content))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Writes the files to <paramref name="directory"/> with their relative paths; returns the plan file and the rules
    /// folder (the parent of the calendars' folder) to load them from.
    /// </summary>
    /// <exception cref="RuleLoadException">A stored file was changed after it was stored, a stored path leaves the folder,
    /// or the snapshot lacks its plan or calendar.</exception>
    public static (string PlanPath, string RulesDirectory) WriteTo(IReadOnlyList<StoredRuleFile> files, string directory)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<RuleError>();
        foreach (var f in files)
        {
            if (!f.Intact)
                errors.Add(new RuleError(f.Path, 0, null, $"the stored content no longer matches its SHA-256 {f.StoredSha256}: it was changed in the database after the run."));
            if (!IsSafe(f.Path))
                errors.Add(new RuleError(f.Path, 0, null, "a stored rule file path must be relative and stay inside the rules folder."));
        }
        var plan = files.FirstOrDefault(f => f.Kind == Kind(RuleFileKind.Plan));
        var calendar = files.FirstOrDefault(f => f.Kind == Kind(RuleFileKind.Calendar));
        if (plan is null || calendar is null)
            errors.Add(new RuleError(directory, 0, null, "the stored rule snapshot has no " + (plan is null ? "plan file." : "calendar file.")));
        if (errors.Count > 0) throw new RuleLoadException(errors);
        var full = Path.GetFullPath(directory);
        foreach (var f in files)
        {
            var target = Path.Combine(full, f.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, f.Content);
        }
        var calendarFolder = Path.GetDirectoryName(Path.Combine(full, calendar!.Path))!;
        return (Path.Combine(full, plan!.Path), Path.GetDirectoryName(calendarFolder) ?? full);
    }

    /// <summary>
    /// The rules <paramref name="period"/> was computed with, from its stored snapshot: written to a temporary folder,
    /// loaded and compiled for the period with <see cref="MonthRules.Load"/>, the folder removed. Null when the month's
    /// run has no snapshot (stored before schema 5) or the month has no run.
    /// </summary>
    /// <exception cref="RuleLoadException">The snapshot does not load (e.g. a stored file was changed in the database).</exception>
    public static (CompiledPlan Plan, WorkCalendar Calendar)? LoadPeriodRules(PayrollStore store, Period period)
    {
        ArgumentNullException.ThrowIfNull(store);
        var files = store.RuleSnapshots.Read(period);
        if (files.Count == 0) return null;
        var folder = Path.Combine(Path.GetTempPath(), $"paycalc-rules-{period}-{Guid.NewGuid():N}");
        try
        {
            var (planPath, rulesDirectory) = WriteTo(files, folder);
            return MonthRules.Load(planPath, rulesDirectory, period);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How a kind of rule file is stored (<c>plan</c>, <c>include</c>, <c>city</c>, <c>calendar</c>).</summary>
    public static string Kind(RuleFileKind kind) => kind.ToString().ToLowerInvariant();

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsSafe(string relative) =>
        relative.Length > 0 && !Path.IsPathRooted(relative) && !relative.Contains('\\')
        && relative.Split('/').All(s => s.Length > 0 && s != "." && s != "..");
}
