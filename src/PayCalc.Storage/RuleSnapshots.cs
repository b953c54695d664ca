using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>The rule files each stored run was computed with (its rule snapshot), read back. Read only; a run writes its
/// snapshot with <see cref="PayrollRunWriter.WriteRuleFiles"/>.</summary>
public sealed class RuleSnapshots
{
    private readonly PayrollDatabase _database;

    internal RuleSnapshots(PayrollDatabase database) => _database = database;

    /// <summary>The rule files of the period's stored run, by path; empty when the period has no run or its run was stored
    /// before schema 5 (no snapshot).</summary>
    public IReadOnlyList<StoredRuleFile> Read(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        if (runId is null) return [];
        var rows = (from f in db.RunRuleFiles.AsNoTracking()
                    join c in db.RuleFiles.AsNoTracking() on f.Sha256 equals c.Sha256
                    where f.RunId == runId
                    select new { f.Path, f.Kind, f.Sha256, c.Content }).ToList();
        return rows.OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new StoredRuleFile(r.Path, r.Kind, r.Content) { StoredSha256 = r.Sha256 }).ToList();
    }
}
