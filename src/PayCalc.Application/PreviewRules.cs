using System.Collections.Concurrent;
using PayCalc.Domain.Calendar;
using PayCalc.Rules.Compilation;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// The rules a stored preview was computed with, loaded from its rule snapshot and compiled once per preview (a web
/// app keeps one of these for its lifetime): an estimate or a what-if computes with exactly the preview's rules, whatever
/// the rules folder holds meanwhile.
/// </summary>
public sealed class PreviewRules
{
    private readonly ConcurrentDictionary<(string Database, long Preview), Lazy<(CompiledPlan Plan, WorkCalendar Calendar)>> _compiled = new();

    /// <exception cref="Rules.Model.RuleLoadException">The stored snapshot does not load.</exception>
    public (CompiledPlan Plan, WorkCalendar Calendar) For(PayrollStore store, StoredPreview preview)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(preview);
        var key = (store.Database.Path, preview.Id);
        // Only the newest preview is asked for: drop the compiled rules of those it replaced.
        foreach (var old in _compiled.Keys.Where(k => k.Database == key.Path && k.Preview != key.Id)) _compiled.TryRemove(old, out _);
        return _compiled.GetOrAdd(key, _ => new Lazy<(CompiledPlan, WorkCalendar)>(() => Load(store, preview))).Value;
    }

    private static (CompiledPlan, WorkCalendar) Load(PayrollStore store, StoredPreview preview)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"paycalc-preview-rules-{preview.Id}-{Guid.NewGuid():N}");
        try
        {
            var (planPath, rulesDirectory) = RuleSnapshot.WriteTo(store.Previews.RuleFiles(preview.Id), folder);
            return MonthRules.Load(planPath, rulesDirectory, preview.Period);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
