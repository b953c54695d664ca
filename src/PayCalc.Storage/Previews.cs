using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PayCalc.Domain;
using PayCalc.Storage.Bulk;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>What a stored preview says about itself (table <c>preview</c>).</summary>
public sealed record StoredPreview(long Id, Period Period, DateOnly DataAsOf, string CreatedAt, string CreatedBy, string PlanCode,
    string PlanVersion, string PlanSha256, int Agents, decimal Gross, decimal Net, int Exceptions);

/// <summary>One team of a preview to store: its agents and its document (see <see cref="Previews"/>).</summary>
public sealed record PreviewTeam(string Team, IReadOnlyList<string> AgentIds, byte[] Document);

/// <summary>
/// The month-to-date snapshot HR stores with <c>paycalc preview</c>: kept apart from the runs (its own tables), so it is
/// never read as a month's run, a payslip, history or an output. The database holds at most one preview; storing one
/// replaces the one before in the same transaction. A team's input is one opaque document the application writes and reads.
/// </summary>
public sealed class Previews
{
    private readonly PayrollDatabase _database;

    internal Previews(PayrollDatabase database) => _database = database;

    /// <summary>Stores <paramref name="preview"/> (its id is assigned) with its rule files and teams, removing the
    /// preview before; all or nothing.</summary>
    /// <exception cref="DatabaseBusyException">Another process held the write lock longer than the busy timeout.</exception>
    public StoredPreview Replace(StoredPreview preview, IReadOnlyList<StoredRuleFile> ruleFiles, IEnumerable<PreviewTeam> teams) =>
        _database.Busy(() =>
        {
            using var db = _database.OpenContext();
            using var transaction = db.Database.BeginTransaction();
            var tx = (SqliteTransaction)transaction.GetDbTransaction();
            // Children first: the tables do not rely on SQLite's foreign-key cascade being switched on.
            db.Database.ExecuteSqlRaw("DELETE FROM preview_rule_file; DELETE FROM preview_agent; DELETE FROM preview_team; DELETE FROM preview;");
            var row = new PreviewRow
            {
                Period = preview.Period.ToString(), DataAsOf = preview.DataAsOf, CreatedAt = StoredText.Now(_database.Time), CreatedBy = preview.CreatedBy,
                PlanCode = preview.PlanCode, PlanVersion = preview.PlanVersion, PlanSha256 = preview.PlanSha256,
                Agents = preview.Agents, Gross = preview.Gross, Net = preview.Net, Exceptions = preview.Exceptions,
            };
            db.Previews.Add(row);
            foreach (var file in ruleFiles.DistinctBy(f => f.Sha256))
                if (db.RuleFiles.Find(file.Sha256) is null)
                    db.RuleFiles.Add(new RuleFileRow { Sha256 = file.Sha256, Content = file.Content });
            db.SaveChanges();
            db.PreviewRuleFiles.AddRange(ruleFiles.Select(f => new PreviewRuleFileRow { PreviewId = row.Id, Path = f.Path, Kind = f.Kind, Sha256 = f.Sha256 }));
            db.SaveChanges();
            using (var team = BulkInsert.Prepare<PreviewTeamRow>(db, tx, nameof(PreviewTeamRow.PreviewId), nameof(PreviewTeamRow.Team), nameof(PreviewTeamRow.Document)))
            using (var agent = BulkInsert.Prepare<PreviewAgentRow>(db, tx, nameof(PreviewAgentRow.PreviewId), nameof(PreviewAgentRow.AgentId), nameof(PreviewAgentRow.Team)))
                foreach (var t in teams)
                {
                    team.Set(0, row.Id);
                    team.Set(1, t.Team);
                    team.SetBlob(2, t.Document);
                    team.Execute();
                    foreach (var id in t.AgentIds)
                    {
                        agent.Set(0, row.Id);
                        agent.Set(1, id);
                        agent.Set(2, t.Team);
                        agent.Execute();
                    }
                }
            transaction.Commit();
            return preview with { Id = row.Id, CreatedAt = row.CreatedAt };
        });

    /// <summary>The stored preview, or null when there is none.</summary>
    public StoredPreview? Latest()
    {
        using var db = _database.OpenContext();
        return db.Previews.AsNoTracking().OrderByDescending(p => p.Id).FirstOrDefault() is { } r ? ToStored(r) : null;
    }

    /// <summary>The document of the team that holds <paramref name="agentId"/> in preview <paramref name="previewId"/>, or
    /// null when the preview has no such agent. One indexed read.</summary>
    public byte[]? TeamDocumentOf(long previewId, string agentId)
    {
        using var db = _database.OpenContext();
        return (from a in db.PreviewAgents
                join t in db.PreviewTeams on new { a.PreviewId, a.Team } equals new { t.PreviewId, t.Team }
                where a.PreviewId == previewId && a.AgentId == agentId
                select t.Document).AsNoTracking().SingleOrDefault();
    }

    /// <summary>Whether the preview holds <paramref name="agentId"/>.</summary>
    public bool Has(long previewId, string agentId)
    {
        using var db = _database.OpenContext();
        return db.PreviewAgents.AsNoTracking().Any(a => a.PreviewId == previewId && a.AgentId == agentId);
    }

    /// <summary>The rule files the preview was computed with, by path.</summary>
    public IReadOnlyList<StoredRuleFile> RuleFiles(long previewId)
    {
        using var db = _database.OpenContext();
        var rows = (from f in db.PreviewRuleFiles.AsNoTracking()
                    join c in db.RuleFiles.AsNoTracking() on f.Sha256 equals c.Sha256
                    where f.PreviewId == previewId
                    select new { f.Path, f.Kind, f.Sha256, c.Content }).ToList();
        return rows.OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new StoredRuleFile(r.Path, r.Kind, r.Content) { StoredSha256 = r.Sha256 }).ToList();
    }

    private static StoredPreview ToStored(PreviewRow r) =>
        new(r.Id, Period.Parse(r.Period), r.DataAsOf, r.CreatedAt, r.CreatedBy, r.PlanCode, r.PlanVersion, r.PlanSha256, r.Agents, r.Gross, r.Net, r.Exceptions);
}
