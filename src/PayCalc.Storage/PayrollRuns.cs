using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// The runs of the database: store a period's run (replacing the previous one, setting the period to
/// <see cref="PeriodStatus.Calculated"/>), read it and its payslips back, and list which months have one.
/// </summary>
public sealed class PayrollRuns
{
    private readonly PayrollDatabase _database;

    internal PayrollRuns(PayrollDatabase database) => _database = database;

    /// <summary>Test seam: called with a table name before its rows are inserted by <see cref="SaveRun"/>.</summary>
    internal Action<string>? BeforeTableInsert { get; set; }

    /// <summary>
    /// Stores a period's run in one transaction, replacing the period's previous run and setting the period
    /// to <see cref="PeriodStatus.Calculated"/>. On any failure the database is left exactly as it was.
    /// </summary>
    /// <exception cref="PeriodClosedException">The period is closed.</exception>
    public StoredRun SaveRun(RunToSave run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var writer = BeginRun(run.Period, run.PlanCode, run.PlanVersion, run.PlanSha256, run.Settings);
        writer.WriteInput(run.Input);
        writer.WriteResult(run.Result);
        return writer.Commit();
    }

    /// <summary>
    /// Starts replacing a period's run: takes the write lock, refuses a closed period, and removes the previous
    /// run - all inside one transaction that only <see cref="PayrollRunWriter.Commit"/> makes visible. The input
    /// can be written while the payroll is still being computed; disposing without commit leaves the database
    /// as it was.
    /// </summary>
    /// <exception cref="PeriodClosedException">The period is closed.</exception>
    /// <exception cref="DatabaseBusyException">Another process held the write lock longer than the busy timeout.</exception>
    public PayrollRunWriter BeginRun(Period period, string planCode, string planVersion, string planSha256,
        IReadOnlyDictionary<string, string>? settings = null) =>
        _database.Busy(() => StartRun(period, planCode, planVersion, planSha256, settings));

    private PayrollRunWriter StartRun(Period period, string planCode, string planVersion, string planSha256,
        IReadOnlyDictionary<string, string>? settings)
    {
        var db = _database.OpenContext();
        try
        {
            return new PayrollRunWriter(db, period, new RunRow
            {
                Period = period.ToString(),
                PlanCode = planCode,
                PlanVersion = planVersion,
                PlanSha256 = planSha256,
                CreatedAt = StoredText.Now(_database.Time),
                Settings = JsonSerializer.Serialize(settings ?? new Dictionary<string, string>()),
            }, BeforeTableInsert);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The stored run of a period, or null when the period has none.</summary>
    public StoredRun? FindRun(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var run = db.Runs.AsNoTracking().SingleOrDefault(r => r.Period == text);
        if (run is null) return null;
        var files = db.RunInputFiles.AsNoTracking().Where(f => f.RunId == run.Id).OrderBy(f => f.Id).ToList();
        return RunRows.ToStoredRun(run, files);
    }

    /// <summary>An agent's stored payslip of a period with its lines in plan order, or null.</summary>
    public StoredPayslip? FindPayslip(Period period, string agentId)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var found = (from r in db.Runs
                     join p in db.Payslips on r.Id equals p.RunId
                     where r.Period == text && p.AgentId == agentId
                     select p).AsNoTracking().SingleOrDefault();
        if (found is null) return null;
        return new PayslipReader(db, found.RunId).Read(period, found);
    }

    /// <summary>An agent's stored payslips, one per month with a run (gross and net), in period order; empty for an agent
    /// no run paid. Looked up run by run through the (run, agent) index.</summary>
    public IReadOnlyList<StoredPayslipTotal> PayslipsOf(string agentId)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        using var db = _database.OpenContext();
        var runs = db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList();
        var result = new List<StoredPayslipTotal>();
        foreach (var run in runs)
            if (db.Payslips.AsNoTracking().Where(p => p.RunId == run.Id && p.AgentId == agentId).Select(p => new { p.Gross, p.Net })
                    .SingleOrDefault() is { } found)
                result.Add(new StoredPayslipTotal(Period.Parse(run.Period), agentId, found.Gross, found.Net));
        return result.OrderBy(p => p.Period).ToList();
    }

    /// <summary>Who a period's stored run paid: agent id, name and team of every payslip, by agent id; empty without a run.</summary>
    public IReadOnlyList<(string AgentId, string Name, string Team)> ReadPayees(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        if (runId is not { } id) return [];
        return db.Payslips.AsNoTracking().Where(p => p.RunId == id).Select(p => new { p.AgentId, p.Name, p.Team }).AsEnumerable()
            .Select(p => (p.AgentId, p.Name, p.Team)).OrderBy(p => p.AgentId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every stored payslip of a period (in the order the run stored them), each with its lines and trace exactly as
    /// <see cref="FindPayslip"/> reads it, with the run's components, parameters and catalog read once. Read only; empty
    /// when the period has no run. For reports over whole months (e.g. the bonus ledger).
    /// </summary>
    /// <param name="period">The stored month.</param>
    /// <param name="linesOnly">Only each payslip's lines with their explanations, without variables, inputs and rows
    /// (for printing many payslips: reads 10,000 in a fraction of the time).</param>
    public IReadOnlyList<StoredPayslip> ReadPayslips(Period period, bool linesOnly = false)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        if (runId is not { } id) return [];
        var reader = new PayslipReader(db, id);
        return db.Payslips.AsNoTracking().Where(p => p.RunId == id).OrderBy(p => p.Id).AsEnumerable()
            .Select(p => reader.Read(period, p, linesOnly)).ToList();
    }

    /// <summary>
    /// The stored run of every month before <paramref name="period"/>, as (period, run id) in period order. A month's
    /// history is read from these; a different list later means an earlier month was stored again meanwhile.
    /// </summary>
    public IReadOnlyList<(Period Period, long RunId)> RunIdsBefore(Period period)
    {
        using var db = _database.OpenContext();
        return RunRows.Between(db, new Period(1900, 1), period.Previous()).Select(r => (r.Period, r.RunId)).ToList();
    }

    /// <summary>The periods from..to (inclusive) that have a stored run, in order (e.g. the first month PayCalc holds for a tax year).</summary>
    public IReadOnlyList<Period> PeriodsWithRuns(Period from, Period to)
    {
        using var db = _database.OpenContext();
        return RunRows.Between(db, from, to).Select(r => r.Period).ToList();
    }
}
