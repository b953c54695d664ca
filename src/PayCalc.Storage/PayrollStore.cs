using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Bulk;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>
/// The PayCalc database as the CLI uses it: store a period's run (replacing the previous one), read it back,
/// and read earlier months for multi-period rules. One SQLite file; every call opens its own connection.
/// Nothing here logs money or personal data.
/// </summary>
public sealed class PayrollStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Opens (creating when missing) the database file and its schema.</summary>
    /// <exception cref="InvalidOperationException">The file holds a different schema version.</exception>
    public PayrollStore(string databasePath, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
        _time = timeProvider;
        CreateOrCheckSchema();
    }

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
        if (run.Input.Period != run.Result.Period)
            throw new ArgumentException($"Input period {run.Input.Period} differs from result period {run.Result.Period}.", nameof(run));

        var period = run.Period.ToString();
        using var db = OpenContext();
        // BEGIN IMMEDIATE: the status check and the replacement happen under one write lock.
        using var transaction = db.Database.BeginTransaction();
        var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();

        var state = db.PeriodStates.Find(period);
        if (state is not null && Parse(state.Status) == PeriodStatus.Closed) throw new PeriodClosedException(run.Period);

        foreach (var oldRunId in db.Runs.Where(r => r.Period == period).Select(r => r.Id).ToList())
            DeleteRun(db, oldRunId);

        decimal grossTotal = 0, netTotal = 0;
        var totals = new (decimal Gross, decimal Net)[run.Result.Payslips.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            var payslip = run.Result.Payslips[i];
            totals[i] = (payslip.Gross, payslip.Net);
            grossTotal += totals[i].Gross;
            netTotal += totals[i].Net;
        }

        var runRow = new RunRow
        {
            Period = period,
            PlanCode = run.PlanCode,
            PlanVersion = run.PlanVersion,
            PlanSha256 = run.PlanSha256,
            CreatedAt = _time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            AgentCount = run.Result.Payslips.Count,
            GrossTotal = grossTotal,
            NetTotal = netTotal,
            Settings = JsonSerializer.Serialize(run.Settings),
        };
        db.Runs.Add(runRow);
        if (state is null) db.PeriodStates.Add(new PeriodStateRow { Period = period, Status = Text(PeriodStatus.Calculated) });
        else state.Status = Text(PeriodStatus.Calculated);
        db.SaveChanges();

        var files = run.Input.Files
            .Select(f => new RunInputFileRow { RunId = runRow.Id, Kind = f.Kind, Path = f.Path, Sha256 = f.Sha256 }).ToList();
        db.RunInputFiles.AddRange(files);
        db.SaveChanges();
        db.ChangeTracker.Clear();

        InsertInput(db, sqliteTransaction, runRow.Id, run.Input);
        InsertResult(db, sqliteTransaction, runRow.Id, run.Result, totals);

        transaction.Commit();
        return ToStoredRun(runRow, files);
    }

    /// <summary>The stored run of a period, or null when the period has none.</summary>
    public StoredRun? FindRun(Period period)
    {
        using var db = OpenContext();
        var text = period.ToString();
        var run = db.Runs.AsNoTracking().SingleOrDefault(r => r.Period == text);
        if (run is null) return null;
        var files = db.RunInputFiles.AsNoTracking().Where(f => f.RunId == run.Id).OrderBy(f => f.Id).ToList();
        return ToStoredRun(run, files);
    }

    /// <summary>An agent's stored payslip of a period with its lines in plan order, or null.</summary>
    public StoredPayslip? FindPayslip(Period period, string agentId)
    {
        using var db = OpenContext();
        var text = period.ToString();
        var found = (from r in db.Runs
                     join p in db.Payslips on r.Id equals p.RunId
                     where r.Period == text && p.AgentId == agentId
                     select p).AsNoTracking().SingleOrDefault();
        if (found is null) return null;
        var lines = db.PayslipLines.AsNoTracking().Where(l => l.PayslipId == found.Id).OrderBy(l => l.Seq).ToList();
        return new StoredPayslip
        {
            RunId = found.RunId,
            Period = period,
            AgentId = found.AgentId,
            Name = found.Name,
            Team = found.Team,
            Gross = found.Gross,
            Net = found.Net,
            Lines = lines.Where(l => l.Category != VariableCategory).Select(ToLine).ToList(),
            Trace = lines.Where(l => l.Category == VariableCategory).Select(ToLine).ToList(),
        };

        static PayslipLine ToLine(PayslipLineRow l) => new()
        {
                Code = l.Code,
                Name = l.Name,
                NameEn = l.NameEn,
                Category = ParseCategory(l.Category),
                Amount = l.Amount,
                Formula = l.Formula,
                Explain = l.Explain,
                Inputs = LineInputsJson.Read(l.Inputs),
        };
    }

    /// <summary>
    /// Amounts of the given line codes on every stored payslip of the periods <paramref name="from"/> to
    /// <paramref name="to"/> (both inclusive), ordered by period, agent id and plan order. Periods without a run
    /// contribute nothing. Used for earlier months' coefficients, accelerators and taxed income.
    /// </summary>
    public IReadOnlyList<StoredLineValue> LinesBetween(Period from, Period to, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var db = OpenContext();
        var result = new List<StoredLineValue>();
        var codeList = codes.Distinct().ToList();
        foreach (var (runId, period) in RunsBetween(db, from, to))
        {
            var rows = (from l in db.PayslipLines
                        join p in db.Payslips on l.PayslipId equals p.Id
                        where l.RunId == runId && codeList.Contains(l.Code)
                        select new { p.AgentId, l.Seq, l.Code, l.Category, l.Amount, l.Inputs }).AsNoTracking().ToList();
            result.AddRange(rows
                .OrderBy(r => r.AgentId, StringComparer.Ordinal).ThenBy(r => r.Seq)
                .Select(r => new StoredLineValue(period, r.AgentId, r.Code, ParseCategory(r.Category), r.Amount,
                    LineInputsJson.Read(r.Inputs))));
        }
        return result;
    }

    /// <summary>
    /// Like <see cref="LinesBetween"/> but amounts only (no inputs): what year-to-date sums need, cheap enough for
    /// every agent and month of a year. Ordered by period, agent id and code.
    /// </summary>
    public IReadOnlyList<StoredLineAmount> LineAmountsBetween(Period from, Period to, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var db = OpenContext();
        var result = new List<StoredLineAmount>();
        var codeList = codes.Distinct().ToList();
        foreach (var (runId, period) in RunsBetween(db, from, to))
        {
            var rows = (from l in db.PayslipLines
                        join p in db.Payslips on l.PayslipId equals p.Id
                        where l.RunId == runId && codeList.Contains(l.Code)
                        select new { p.AgentId, l.Code, l.Amount }).AsNoTracking().ToList();
            result.AddRange(rows.OrderBy(r => r.AgentId, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new StoredLineAmount(period, r.AgentId, r.Code, r.Amount)));
        }
        return result;
    }

    /// <summary>The periods from..to (inclusive) that have a stored run, in order (e.g. the first month PayCalc holds for a tax year).</summary>
    public IReadOnlyList<Period> PeriodsWithRuns(Period from, Period to)
    {
        using var db = OpenContext();
        return RunsBetween(db, from, to).Select(r => r.Period).ToList();
    }

    /// <summary>Gross and net of every stored payslip of the periods from..to (inclusive), by period and agent id.</summary>
    public IReadOnlyList<StoredPayslipTotal> PayslipTotalsBetween(Period from, Period to)
    {
        using var db = OpenContext();
        var result = new List<StoredPayslipTotal>();
        foreach (var (runId, period) in RunsBetween(db, from, to))
        {
            var rows = db.Payslips.AsNoTracking().Where(p => p.RunId == runId)
                .Select(p => new { p.AgentId, p.Gross, p.Net }).ToList();
            result.AddRange(rows.OrderBy(r => r.AgentId, StringComparer.Ordinal)
                .Select(r => new StoredPayslipTotal(period, r.AgentId, r.Gross, r.Net)));
        }
        return result;
    }

    /// <summary>One metric (e.g. <c>critical_errors</c>) as imported in the runs of the periods from..to (inclusive).</summary>
    public IReadOnlyList<StoredMetricValue> MetricValuesBetween(Period from, Period to, string name)
    {
        using var db = OpenContext();
        var result = new List<StoredMetricValue>();
        foreach (var (runId, _) in RunsBetween(db, from, to))
        {
            var rows = db.Metrics.AsNoTracking().Where(m => m.RunId == runId && m.Name == name).ToList();
            result.AddRange(rows.OrderBy(r => r.AgentId, StringComparer.Ordinal)
                .Select(r => new StoredMetricValue(Period.Parse(r.Period), r.AgentId, r.Name, r.NumberValue, r.TextValue)));
        }
        return result;
    }

    /// <summary>
    /// Deals booked from <paramref name="from"/> to <paramref name="to"/> (both inclusive) in any stored run.
    /// A deal id imported by several runs (e.g. booked in one month, cancelled in a later one) is returned
    /// once, as imported by the latest period's run. Ordered by booked date, then deal id.
    /// </summary>
    public IReadOnlyList<Deal> DealsBookedBetween(DateOnly from, DateOnly to)
    {
        using var db = OpenContext();
        var runPeriods = db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .ToDictionary(r => r.Id, r => Period.Parse(r.Period));
        // DateOnly is ISO yyyy-MM-dd text, so SQL range comparison is exact.
        var rows = db.Deals.AsNoTracking().Where(d => d.BookedDate >= from && d.BookedDate <= to).ToList();
        return rows
            .GroupBy(d => d.DealId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => runPeriods[d.RunId])!)
            .OrderBy(d => d.BookedDate).ThenBy(d => d.DealId, StringComparer.Ordinal)
            .Select(d => new Deal
            {
                DealId = d.DealId,
                AgentId = d.AgentId,
                BookedDate = d.BookedDate,
                Amount = d.Amount,
                TermMonths = d.TermMonths,
                CancelledDate = d.CancelledDate,
                Source = new SourceRef(d.SourceFile, d.SourceSheet, d.SourceRow),
            })
            .ToList();
    }

    /// <summary>The status of a period; <see cref="PeriodStatus.Open"/> when nothing was stored for it.</summary>
    public PeriodStatus GetPeriodStatus(Period period)
    {
        using var db = OpenContext();
        var row = db.PeriodStates.AsNoTracking().SingleOrDefault(s => s.Period == period.ToString());
        return row is null ? PeriodStatus.Open : Parse(row.Status);
    }

    /// <summary>Sets the status of a period (approval, closing). No transition rules are enforced here.</summary>
    public void SetPeriodStatus(Period period, PeriodStatus status)
    {
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown period status.");
        using var db = OpenContext();
        var text = period.ToString();
        var row = db.PeriodStates.Find(text);
        if (row is null) db.PeriodStates.Add(new PeriodStateRow { Period = text, Status = Text(status) });
        else row.Status = Text(status);
        db.SaveChanges();
    }

    /// <summary>Appends an audit entry, timed by the store's <see cref="TimeProvider"/>. Keep money and ID numbers out of <paramref name="detail"/>.</summary>
    public void AddAuditEntry(string user, string command, Period? period, string detail)
    {
        using var db = OpenContext();
        db.AuditEntries.Add(new AuditEntryRow
        {
            Time = _time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            User = user,
            Command = command,
            Period = period?.ToString(),
            Detail = detail,
        });
        db.SaveChanges();
    }

    private PayCalcDbContext OpenContext()
    {
        var options = new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite(_connectionString).Options;
        var db = new PayCalcDbContext(options);
        db.Database.OpenConnection();
        // Per connection: fsync only at checkpoints (safe with WAL), larger page cache for bulk index inserts.
        db.Database.ExecuteSqlRaw("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
        return db;
    }

    private void CreateOrCheckSchema()
    {
        using var db = OpenContext();
        // WAL is a property of the file: set once, it stays.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
        if (db.Database.EnsureCreated())
        {
            db.SchemaVersions.Add(new SchemaVersionRow
            {
                Version = PayCalcDbContext.SchemaVersion,
                AppliedAt = _time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            });
            db.SaveChanges();
            return;
        }
        int? version;
        try
        {
            version = db.SchemaVersions.AsNoTracking().Select(v => (int?)v.Version).Max();
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException("The database file is not a PayCalc database (no schema_version table).", e);
        }
        if (version != PayCalcDbContext.SchemaVersion)
            throw new InvalidOperationException(
                $"The database has schema version {version?.ToString(CultureInfo.InvariantCulture) ?? "none"}; this PayCalc expects {PayCalcDbContext.SchemaVersion}.");
    }

    private static List<(long RunId, Period Period)> RunsBetween(PayCalcDbContext db, Period from, Period to) =>
        db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period)))
            .Where(r => r.Period.CompareTo(from) >= 0 && r.Period.CompareTo(to) <= 0)
            .OrderBy(r => r.Period)
            .ToList();

    private static void DeleteRun(PayCalcDbContext db, long runId)
    {
        // Children first, each a set-based DELETE using its run_id index.
        db.PayslipLines.Where(x => x.RunId == runId).ExecuteDelete();
        db.Payslips.Where(x => x.RunId == runId).ExecuteDelete();
        db.Flags.Where(x => x.RunId == runId).ExecuteDelete();
        db.Shifts.Where(x => x.RunId == runId).ExecuteDelete();
        db.Leave.Where(x => x.RunId == runId).ExecuteDelete();
        db.Deals.Where(x => x.RunId == runId).ExecuteDelete();
        db.Metrics.Where(x => x.RunId == runId).ExecuteDelete();
        db.TeamMetrics.Where(x => x.RunId == runId).ExecuteDelete();
        db.Agents.Where(x => x.RunId == runId).ExecuteDelete();
        db.RunInputFiles.Where(x => x.RunId == runId).ExecuteDelete();
        db.Runs.Where(x => x.Id == runId).ExecuteDelete();
    }

    private void InsertInput(PayCalcDbContext db, SqliteTransaction tx, long runId, PayrollInput input)
    {
        BeforeTableInsert?.Invoke("run_agent");
        using (var ins = BulkInsert.Prepare<AgentRow>(db, tx,
                   nameof(AgentRow.RunId), nameof(AgentRow.AgentId), nameof(AgentRow.Name), nameof(AgentRow.Team),
                   nameof(AgentRow.HireDate), nameof(AgentRow.ProbationEnd), nameof(AgentRow.TerminationDate),
                   nameof(AgentRow.BaseSalary), nameof(AgentRow.City), nameof(AgentRow.ContributionBase),
                   nameof(AgentRow.HousingFundRate), nameof(AgentRow.SpecialAdditionalDeduction),
                   nameof(AgentRow.SourceFile), nameof(AgentRow.SourceSheet), nameof(AgentRow.SourceRow)))
        {
            foreach (var a in input.Agents)
            {
                ins.Set(0, runId); ins.Set(1, a.AgentId); ins.Set(2, a.Name); ins.Set(3, a.Team);
                ins.Set(4, a.HireDate); ins.Set(5, a.ProbationEnd); ins.Set(6, a.TerminationDate);
                ins.Set(7, a.BaseSalary); ins.Set(8, a.City); ins.Set(9, a.ContributionBase);
                ins.Set(10, a.HousingFundRate); ins.Set(11, a.SpecialAdditionalDeduction);
                ins.Set(12, a.Source.File); ins.Set(13, a.Source.Sheet); ins.Set(14, a.Source.Row);
                ins.Execute();
            }
        }

        BeforeTableInsert?.Invoke("run_shift");
        using (var ins = BulkInsert.Prepare<ShiftRow>(db, tx,
                   nameof(ShiftRow.RunId), nameof(ShiftRow.AgentId), nameof(ShiftRow.Date), nameof(ShiftRow.Code),
                   nameof(ShiftRow.Start), nameof(ShiftRow.End), nameof(ShiftRow.BreakMinutes),
                   nameof(ShiftRow.SourceFile), nameof(ShiftRow.SourceSheet), nameof(ShiftRow.SourceRow)))
        {
            foreach (var s in input.Shifts)
            {
                ins.Set(0, runId); ins.Set(1, s.AgentId); ins.Set(2, s.Date); ins.Set(3, s.Code);
                ins.Set(4, s.Start); ins.Set(5, s.End); ins.Set(6, s.BreakMinutes);
                ins.Set(7, s.Source.File); ins.Set(8, s.Source.Sheet); ins.Set(9, s.Source.Row);
                ins.Execute();
            }
        }

        BeforeTableInsert?.Invoke("run_leave");
        using (var ins = BulkInsert.Prepare<LeaveRow>(db, tx,
                   nameof(LeaveRow.RunId), nameof(LeaveRow.AgentId), nameof(LeaveRow.Date), nameof(LeaveRow.LeaveType),
                   nameof(LeaveRow.Hours), nameof(LeaveRow.SourceFile), nameof(LeaveRow.SourceSheet), nameof(LeaveRow.SourceRow)))
        {
            foreach (var l in input.Leave)
            {
                ins.Set(0, runId); ins.Set(1, l.AgentId); ins.Set(2, l.Date); ins.Set(3, Text(l.Type));
                ins.Set(4, l.Hours); ins.Set(5, l.Source.File); ins.Set(6, l.Source.Sheet); ins.Set(7, l.Source.Row);
                ins.Execute();
            }
        }

        BeforeTableInsert?.Invoke("run_deal");
        using (var ins = BulkInsert.Prepare<DealRow>(db, tx,
                   nameof(DealRow.RunId), nameof(DealRow.DealId), nameof(DealRow.AgentId), nameof(DealRow.BookedDate),
                   nameof(DealRow.Amount), nameof(DealRow.TermMonths), nameof(DealRow.CancelledDate),
                   nameof(DealRow.SourceFile), nameof(DealRow.SourceSheet), nameof(DealRow.SourceRow)))
        {
            foreach (var d in input.Deals)
            {
                ins.Set(0, runId); ins.Set(1, d.DealId); ins.Set(2, d.AgentId); ins.Set(3, d.BookedDate);
                ins.Set(4, d.Amount); ins.Set(5, d.TermMonths); ins.Set(6, d.CancelledDate);
                ins.Set(7, d.Source.File); ins.Set(8, d.Source.Sheet); ins.Set(9, d.Source.Row);
                ins.Execute();
            }
        }

        BeforeTableInsert?.Invoke("run_metric");
        using (var ins = BulkInsert.Prepare<MetricRow>(db, tx,
                   nameof(MetricRow.RunId), nameof(MetricRow.AgentId), nameof(MetricRow.Period), nameof(MetricRow.Name),
                   nameof(MetricRow.NumberValue), nameof(MetricRow.TextValue),
                   nameof(MetricRow.SourceFile), nameof(MetricRow.SourceSheet), nameof(MetricRow.SourceRow)))
        {
            foreach (var m in input.Metrics)
            {
                var metricPeriod = m.Period.ToString();
                foreach (var (name, value) in m.Numbers)
                {
                    ins.Set(0, runId); ins.Set(1, m.AgentId); ins.Set(2, metricPeriod); ins.Set(3, name);
                    ins.Set(4, value); ins.Set(5, (string?)null);
                    ins.Set(6, m.Source.File); ins.Set(7, m.Source.Sheet); ins.Set(8, m.Source.Row);
                    ins.Execute();
                }
                foreach (var (name, value) in m.Texts)
                {
                    ins.Set(0, runId); ins.Set(1, m.AgentId); ins.Set(2, metricPeriod); ins.Set(3, name);
                    ins.Set(4, (decimal?)null); ins.Set(5, value);
                    ins.Set(6, m.Source.File); ins.Set(7, m.Source.Sheet); ins.Set(8, m.Source.Row);
                    ins.Execute();
                }
            }
        }

        BeforeTableInsert?.Invoke("run_team_metric");
        using (var ins = BulkInsert.Prepare<TeamMetricRow>(db, tx,
                   nameof(TeamMetricRow.RunId), nameof(TeamMetricRow.Team), nameof(TeamMetricRow.Period),
                   nameof(TeamMetricRow.Name), nameof(TeamMetricRow.Value),
                   nameof(TeamMetricRow.SourceFile), nameof(TeamMetricRow.SourceSheet), nameof(TeamMetricRow.SourceRow)))
        {
            foreach (var t in input.TeamMetrics)
            {
                foreach (var (name, value) in t.Numbers)
                {
                    ins.Set(0, runId); ins.Set(1, t.Team); ins.Set(2, t.Period.ToString()); ins.Set(3, name);
                    ins.Set(4, value); ins.Set(5, t.Source.File); ins.Set(6, t.Source.Sheet); ins.Set(7, t.Source.Row);
                    ins.Execute();
                }
            }
        }
    }

    private void InsertResult(PayCalcDbContext db, SqliteTransaction tx, long runId, PayrollResult result,
        (decimal Gross, decimal Net)[] totals)
    {
        long nextPayslipId;
        using (var max = tx.Connection!.CreateCommand())
        {
            max.Transaction = tx;
            max.CommandText = "SELECT COALESCE(MAX(id), 0) FROM payslip";
            nextPayslipId = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
        }

        BeforeTableInsert?.Invoke("payslip");
        using (var slip = BulkInsert.Prepare<PayslipRow>(db, tx,
                   nameof(PayslipRow.Id), nameof(PayslipRow.RunId), nameof(PayslipRow.AgentId), nameof(PayslipRow.Name),
                   nameof(PayslipRow.Team), nameof(PayslipRow.Gross), nameof(PayslipRow.Net)))
        using (var line = BulkInsert.Prepare<PayslipLineRow>(db, tx,
                   nameof(PayslipLineRow.PayslipId), nameof(PayslipLineRow.RunId), nameof(PayslipLineRow.Seq),
                   nameof(PayslipLineRow.Code), nameof(PayslipLineRow.Name), nameof(PayslipLineRow.NameEn),
                   nameof(PayslipLineRow.Category), nameof(PayslipLineRow.Amount), nameof(PayslipLineRow.Formula),
                   nameof(PayslipLineRow.Explain), nameof(PayslipLineRow.Inputs)))
        {
            var json = new LineInputsJson();
            for (var i = 0; i < result.Payslips.Count; i++)
            {
                var p = result.Payslips[i];
                var payslipId = nextPayslipId++;
                slip.Set(0, payslipId); slip.Set(1, runId); slip.Set(2, p.AgentId); slip.Set(3, p.Name);
                slip.Set(4, p.Team); slip.Set(5, totals[i].Gross); slip.Set(6, totals[i].Net);
                slip.Execute();
                if (i == 0) BeforeTableInsert?.Invoke("payslip_line");
                // Lines first, then the plan's intermediate values (category "variable") for explain.
                for (var seq = 0; seq < p.Lines.Count + p.Trace.Count; seq++)
                {
                    var isTrace = seq >= p.Lines.Count;
                    var l = isTrace ? p.Trace[seq - p.Lines.Count] : p.Lines[seq];
                    line.Set(0, payslipId); line.Set(1, runId); line.Set(2, seq); line.Set(3, l.Code);
                    line.Set(4, l.Name); line.Set(5, l.NameEn); line.Set(6, isTrace ? VariableCategory : Text(l.Category)); line.Set(7, l.Amount);
                    line.Set(8, l.Formula); line.Set(9, l.Explain); line.Set(10, json.Write(l.Inputs));
                    line.Execute();
                }
            }
        }

        BeforeTableInsert?.Invoke("payroll_flag");
        using (var ins = BulkInsert.Prepare<FlagRow>(db, tx,
                   nameof(FlagRow.RunId), nameof(FlagRow.AgentId), nameof(FlagRow.Code), nameof(FlagRow.Message)))
        {
            foreach (var f in result.Flags)
            {
                ins.Set(0, runId); ins.Set(1, f.AgentId); ins.Set(2, f.Code); ins.Set(3, f.Message);
                ins.Execute();
            }
        }
    }

    private static StoredRun ToStoredRun(RunRow run, IReadOnlyList<RunInputFileRow> files) => new()
    {
        Id = run.Id,
        Period = Period.Parse(run.Period),
        PlanCode = run.PlanCode,
        PlanVersion = run.PlanVersion,
        PlanSha256 = run.PlanSha256,
        CreatedAt = DateTimeOffset.Parse(run.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        AgentCount = run.AgentCount,
        GrossTotal = run.GrossTotal,
        NetTotal = run.NetTotal,
        Settings = JsonSerializer.Deserialize<Dictionary<string, string>>(run.Settings) ?? [],
        InputFiles = files.Select(f => new InputFile(f.Kind, f.Path, f.Sha256)).ToList(),
    };

    private static string Text(PeriodStatus status) => status.ToString().ToLowerInvariant();

    private static string Text(LeaveType type) => type.ToString().ToLowerInvariant();

    private static string Text(LineCategory category) => category.ToString().ToLowerInvariant();

    private static PeriodStatus Parse(string status) =>
        Enum.TryParse<PeriodStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s)
            ? s
            : throw new InvalidOperationException($"Unknown period status '{status}' in the database.");

    /// <summary>Stored category of a plan variable (intermediate value): read back as info, never summed.</summary>
    private const string VariableCategory = "variable";

    private static LineCategory ParseCategory(string category) =>
        category == VariableCategory ? LineCategory.Info : Enum.TryParse<LineCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c)
            ? c
            : throw new InvalidOperationException($"Unknown line category '{category}' in the database.");
}
