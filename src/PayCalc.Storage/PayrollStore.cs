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

    private readonly string _path;
    private readonly int _busyTimeoutSeconds;

    /// <summary>
    /// Opens (creating when missing) the database file and its schema. A database of an earlier PayCalc is upgraded
    /// (see <c>SchemaUpgrade</c>): copied to <see cref="UpgradeBackup"/> first, then migrated in a transaction.
    /// </summary>
    /// <param name="databasePath">The SQLite file; created with its schema (all migrations) when missing or empty.</param>
    /// <param name="timeProvider">The clock of runs and audit entries.</param>
    /// <param name="busyTimeoutSeconds">How long a call waits for another process's write lock before
    /// <see cref="DatabaseBusyException"/>.</param>
    /// <exception cref="DatabaseUnusableException">The file is not a PayCalc database, or one of a newer PayCalc, or one too old
    /// to upgrade (it was not changed).</exception>
    public PayrollStore(string databasePath, TimeProvider timeProvider, int busyTimeoutSeconds = DefaultBusyTimeoutSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutSeconds);
        _path = databasePath;
        _busyTimeoutSeconds = busyTimeoutSeconds;
        DatabaseFile.CheckBeforeOpening(databasePath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
        _time = timeProvider;
        Busy(CreateOrCheckSchema);
    }

    /// <summary>
    /// The copy of the file this store made before upgrading its schema (<c>&lt;file&gt;.bak-&lt;schema version&gt;</c>),
    /// or null when opening changed no existing file.
    /// </summary>
    public string? UpgradeBackup { get; private set; }

    /// <summary>Refuses, before anything is read or written, a database path PayCalc cannot use (see <see cref="DatabaseUnusableException"/>);
    /// a missing file is fine (the first run creates it).</summary>
    /// <exception cref="DatabaseUnusableException">The path is a folder, under a file, not SQLite, not PayCalc's, of a newer PayCalc
    /// or of one too old to upgrade.</exception>
    public static void CheckFile(string databasePath) => DatabaseFile.CheckBeforeOpening(databasePath);

    /// <summary>True when <paramref name="e"/> (or an exception inside it) is SQLite's "database is locked" or "busy".</summary>
    public static bool IsBusy(Exception? e) => DatabaseFile.IsBusy(e);

    /// <summary>Default wait for another process's write lock: a 100,000-agent run holds it for about 15 s.</summary>
    public const int DefaultBusyTimeoutSeconds = 60;

    /// <summary>Runs <paramref name="work"/>, turning SQLite's "database is locked" into <see cref="DatabaseBusyException"/>.</summary>
    public T Busy<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (DatabaseFile.IsBusy(e))
        {
            throw new DatabaseBusyException(_path, _busyTimeoutSeconds, e);
        }
    }

    /// <inheritdoc cref="Busy{T}(Func{T})"/>
    public void Busy(Action work) => Busy(() =>
    {
        work();
        return 0;
    });

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
        Busy(() => StartRun(period, planCode, planVersion, planSha256, settings));

    private PayrollRunWriter StartRun(Period period, string planCode, string planVersion, string planSha256,
        IReadOnlyDictionary<string, string>? settings)
    {
        var db = OpenContext();
        try
        {
            return new PayrollRunWriter(db, period, new RunRow
            {
                Period = period.ToString(),
                PlanCode = planCode,
                PlanVersion = planVersion,
                PlanSha256 = planSha256,
                CreatedAt = _time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                Settings = JsonSerializer.Serialize(settings ?? new Dictionary<string, string>()),
            }, BeforeTableInsert);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Readies the storage layer without touching any file: builds the database model and runs what opening a store
    /// and beginning a run do, on an in-memory database, rolled back. A run calls it while its input is imported;
    /// otherwise that first use (about a second) falls between the import and the computation.
    /// </summary>
    public static void WarmUp()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new PayCalcDbContext(new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        _ = db.SchemaVersions.AsNoTracking().Select(v => (int?)v.Version).Max();
        using var writer = new PayrollRunWriter(db, new Period(2000, 1), new RunRow
        {
            Period = "2000-01", PlanCode = "", PlanVersion = "", PlanSha256 = "", CreatedAt = "", Settings = "{}",
        }, beforeTableInsert: null);
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
        var lines = ReadAmounts(found.Lines);
        var components = db.RunComponents.AsNoTracking().Where(c => c.RunId == found.RunId).OrderBy(c => c.Seq).ToList()
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
        var run = db.Runs.AsNoTracking().Where(r => r.Id == found.RunId).Select(r => new { r.Parameters, r.CommonFacts }).Single();
        var trace = LineInputsJson.Read(found.Trace);

        // Values an intermediate value's formula can name: facts, parameters, variables, line amounts; a line
        // that did not apply this month counts as 0, as it did in the computation.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in components.Values.Where(c => c.Category != VariableCategory)) values[c.Code] = "0";
        foreach (var l in lines) values[l.Code] = FormulaText.Display(l.Amount);
        foreach (var v in trace)
            values[v.Name] = components.GetValueOrDefault(v.Name)?.IsTrueFalse == true ? (v.Value == "0" ? "false" : "true") : Display(v.Value);
        foreach (var v in LineInputsJson.Read(run.Parameters).Concat(LineInputsJson.Read(run.CommonFacts)).Concat(LineInputsJson.Read(found.Facts)))
            values[v.Name] = v.Value;

        return new StoredPayslip
        {
            RunId = found.RunId,
            Period = period,
            AgentId = found.AgentId,
            Name = found.Name,
            Team = found.Team,
            Gross = found.Gross,
            Net = found.Net,
            Lines = lines.Select(l =>
            {
                var c = components.GetValueOrDefault(l.Code);
                return new PayslipLine
                {
                    Code = l.Code,
                    Name = c?.Name ?? l.Code,
                    NameEn = c?.NameEn ?? l.Code,
                    Category = ParseCategory(c?.Category ?? "info"),
                    Amount = l.Amount,
                    Formula = c?.Formula ?? "",
                    Explain = Render(c?.Formula ?? ""),
                    Inputs = InputsOf(c?.Formula ?? ""),
                };
            }).Concat(StoredAdjustmentLine.Read(found.Adjustments)).ToList(),
            Trace = trace.Select(v =>
            {
                var c = components.GetValueOrDefault(v.Name);
                var formula = c?.Formula ?? "";
                return new PayslipLine
                {
                    Code = v.Name,
                    Name = c?.Name ?? v.Name,
                    NameEn = c?.NameEn ?? v.Name,
                    Category = LineCategory.Info,
                    Amount = decimal.Parse(v.Value, NumberStyles.Number, CultureInfo.InvariantCulture),
                    Formula = formula,
                    Explain = Render(formula),
                    Inputs = InputsOf(formula),
                };
            }).ToList(),
        };

        string Render(string formula) => FormulaText.Render(formula, n => values.GetValueOrDefault(n));

        // The names the formula substituted, in order of first appearance (as the engine lists a line's inputs).
        LineInput[] InputsOf(string formula) => FormulaText.Split(formula)
            .Where(t => t.IsName && values.ContainsKey(t.Text)).Select(t => t.Text).Distinct(StringComparer.Ordinal)
            .Select(n => new LineInput(n, values[n])).ToArray();

        static string Display(string exact) =>
            decimal.TryParse(exact, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? FormulaText.Display(d) : exact;
    }

    /// <summary>
    /// Amounts of the given line codes on every stored payslip of the periods <paramref name="from"/> to
    /// <paramref name="to"/> (both inclusive), ordered by period, agent id and plan order. Periods without a run
    /// contribute nothing. Used for earlier months' coefficients, accelerators, taxed income and year-to-date sums.
    /// </summary>
    public IReadOnlyList<StoredLineValue> LinesBetween(Period from, Period to, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var db = OpenContext();
        var result = new List<StoredLineValue>();
        var codeList = codes.Distinct().ToList();
        foreach (var (runId, period) in RunsBetween(db, from, to))
        {
            var categories = Categories(db, runId);
            foreach (var (agentId, lines) in PayslipLines(db, runId))
                foreach (var l in lines.Where(l => codeList.Contains(l.Code)))
                    result.Add(new StoredLineValue(period, agentId, l.Code, ParseCategory(categories.GetValueOrDefault(l.Code, "info")), l.Amount));
        }
        return result;
    }

    /// <summary>
    /// The stored run of every month before <paramref name="period"/>, as (period, run id) in period order. A month's
    /// history is read from these; a different list later means an earlier month was stored again meanwhile.
    /// </summary>
    public IReadOnlyList<(Period Period, long RunId)> RunIdsBefore(Period period)
    {
        using var db = OpenContext();
        return RunsBetween(db, new Period(1900, 1), period.Previous()).Select(r => (r.Period, r.RunId)).ToList();
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
            // One row per agent-month; the metric is read out of its JSON (a month is at most one row per agent).
            var rows = db.Metrics.AsNoTracking().Where(m => m.RunId == runId).ToList();
            foreach (var r in rows.OrderBy(r => r.AgentId, StringComparer.Ordinal))
            {
                var metricPeriod = Period.Parse(r.Period);
                if (LineInputsJson.Read(r.Numbers).Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is { } number)
                    result.Add(new StoredMetricValue(metricPeriod, r.AgentId, name,
                        decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture), null));
                else if (LineInputsJson.Read(r.Texts).Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is { } text)
                    result.Add(new StoredMetricValue(metricPeriod, r.AgentId, name, null, text));
            }
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
        return LatestPerDeal(rows, runPeriods)
            .OrderBy(d => d.BookedDate).ThenBy(d => d.DealId, StringComparer.Ordinal)
            .Select(ToDeal)
            .ToList();
    }

    /// <summary>
    /// The deals with the given ids as the latest run of a month before <paramref name="before"/> imported them
    /// (a rerun of the month itself is not an earlier month). Ids no earlier run holds are absent.
    /// </summary>
    public IReadOnlyDictionary<string, Deal> DealsStoredBefore(Period before, IReadOnlyCollection<string> dealIds)
    {
        ArgumentNullException.ThrowIfNull(dealIds);
        using var db = OpenContext();
        var earlier = RunsBetween(db, new Period(1900, 1), before.Previous()).ToDictionary(r => r.RunId, r => r.Period);
        var ids = dealIds.Distinct().ToList();
        var rows = new List<DealRow>();
        foreach (var chunk in ids.Chunk(500))
            rows.AddRange(db.Deals.AsNoTracking().Where(d => chunk.Contains(d.DealId)).ToList());
        return LatestPerDeal(rows, earlier).ToDictionary(d => d.DealId, ToDeal, StringComparer.Ordinal);
    }

    /// <summary>One row per deal id: the one imported by the latest period's run among <paramref name="runPeriods"/>
    /// (rows of other runs are left out).</summary>
    private static IEnumerable<DealRow> LatestPerDeal(IEnumerable<DealRow> rows, IReadOnlyDictionary<long, Period> runPeriods) =>
        rows.Where(d => runPeriods.ContainsKey(d.RunId))
            .GroupBy(d => d.DealId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => runPeriods[d.RunId])!);

    private static Deal ToDeal(DealRow d) => new()
    {
        DealId = d.DealId,
        AgentId = d.AgentId,
        BookedDate = d.BookedDate,
        Amount = d.Amount,
        TermMonths = d.TermMonths,
        CancelledDate = d.CancelledDate,
        Source = new SourceRef(d.SourceFile, d.SourceSheet, d.SourceRow),
    };

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

    /// <summary>
    /// Takes a workflow step (approve, close) on a period: checks the transition, sets the new status and writes
    /// the audit entry in one transaction, so a refused step or a failure changes nothing.
    /// </summary>
    /// <param name="period">The month.</param>
    /// <param name="action">Approve or close.</param>
    /// <param name="user">Who takes the step (audit log).</param>
    /// <param name="reason">Why (audit log), optional.</param>
    /// <param name="runId">The run the step is about (the one the user reviewed); when the month's run is another one by
    /// the time the write lock is held, the step is refused with <see cref="RunChangedException"/>. Null takes the stored run as it is.</param>
    /// <returns>The status the period had before the step.</returns>
    /// <exception cref="PeriodTransitionException">The step is not allowed in the period's status (nothing changed).</exception>
    /// <exception cref="RunChangedException">The month's run is not <paramref name="runId"/> (nothing changed).</exception>
    public PeriodStatus ChangePeriodStatus(Period period, PeriodAction action, string user, string? reason, long? runId = null) =>
        Busy(() => StepPeriod(period, action, user, reason, runId));

    private PeriodStatus StepPeriod(Period period, PeriodAction action, string user, string? reason, long? runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (action is PeriodAction.Run or PeriodAction.Correct)
            throw new ArgumentException("A run changes the status through SaveRun, a correction posts through PostAdjustments.", nameof(action));
        var text = period.ToString();
        using var db = OpenContext();
        // BEGIN IMMEDIATE: the check and the change happen under one write lock.
        using var transaction = db.Database.BeginTransaction();
        var row = db.PeriodStates.Find(text);
        var from = row is null ? PeriodStatus.Open : Parse(row.Status);
        if (!PeriodTransitions.IsAllowed(from, action)) throw new PeriodTransitionException(period, from, action);
        if (runId is { } expected)
        {
            var current = db.Runs.AsNoTracking().Where(r => r.Period == text).Select(r => (long?)r.Id).SingleOrDefault();
            if (current != expected) throw new RunChangedException(period, expected, current);
        }
        var rerun = EarlierMonthsRunAfter(db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period))).ToList(), period);
        if (rerun.Count > 0) throw new PeriodOutOfDateException(period, action, rerun);
        var to = PeriodTransitions.Target(action);
        row!.Status = Text(to);
        db.AuditEntries.Add(NewAuditRow(user, PeriodTransitions.Text(action), period, PeriodTransitions.AuditDetail(from, to, reason)));
        db.SaveChanges();
        transaction.Commit();
        return from;
    }

    /// <summary>
    /// Stores the adjustments of a correction of the closed month <paramref name="corrected"/>, to be paid in
    /// <paramref name="paidIn"/>, with the audit entry (command <c>correct</c>), in one transaction. Nothing of the
    /// closed month changes.
    /// </summary>
    /// <exception cref="PeriodTransitionException">The corrected month is not closed, or the month to pay in is closed (nothing changed).</exception>
    public AuditEntry PostAdjustments(Period corrected, Period paidIn, IReadOnlyList<Adjustment> adjustments, string user, string? reason) =>
        Busy(() => Post(corrected, paidIn, adjustments, user, reason));

    private AuditEntry Post(Period corrected, Period paidIn, IReadOnlyList<Adjustment> adjustments, string user, string? reason)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (adjustments.Any(a => a.CorrectedPeriod != corrected || a.PaidIn != paidIn))
            throw new ArgumentException("Every adjustment must be of the corrected month and paid in the given month.", nameof(adjustments));
        using var db = OpenContext();
        using var transaction = db.Database.BeginTransaction();
        var status = StatusOf(db, corrected);
        if (status != PeriodStatus.Closed) throw new PeriodTransitionException(corrected, status, PeriodAction.Correct);
        if (StatusOf(db, paidIn) == PeriodStatus.Closed) throw new PeriodTransitionException(paidIn, PeriodStatus.Closed, PeriodAction.Run);
        var agents = adjustments.Select(a => a.AgentId).Distinct().Count();
        var audit = NewAuditRow(user, PeriodTransitions.Text(PeriodAction.Correct), corrected,
            $"closed (unchanged); {adjustments.Count} adjustment line(s) for {agents} agent(s) posted to {paidIn}"
            + (string.IsNullOrWhiteSpace(reason) ? "" : "; reason: " + reason.Trim()));
        db.AuditEntries.Add(audit);
        db.SaveChanges();
        db.Adjustments.AddRange(adjustments.Select(a => new AdjustmentRow
        {
            CorrectedPeriod = a.CorrectedPeriod.ToString(),
            PaidIn = a.PaidIn.ToString(),
            AgentId = a.AgentId,
            LineCode = a.LineCode,
            Category = Text(a.Category),
            Before = a.Before,
            After = a.After,
            AuditEntryId = audit.Id,
        }));
        db.SaveChanges();
        transaction.Commit();
        return new AuditEntry(audit.Id, DateTimeOffset.Parse(audit.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            audit.User, audit.Command, corrected, audit.Detail);
    }

    /// <summary>The adjustments to pay in <paramref name="paidIn"/>, in the order they were posted.</summary>
    public IReadOnlyList<Adjustment> AdjustmentsPaidIn(Period paidIn)
    {
        using var db = OpenContext();
        var text = paidIn.ToString();
        return db.Adjustments.AsNoTracking().Where(a => a.PaidIn == text).OrderBy(a => a.Id).ToList().Select(ToAdjustment).ToList();
    }

    /// <summary>The adjustments posted by corrections of <paramref name="corrected"/>, in the order they were posted.</summary>
    public IReadOnlyList<Adjustment> AdjustmentsOf(Period corrected)
    {
        using var db = OpenContext();
        var text = corrected.ToString();
        return db.Adjustments.AsNoTracking().Where(a => a.CorrectedPeriod == text).OrderBy(a => a.Id).ToList().Select(ToAdjustment).ToList();
    }

    private static Adjustment ToAdjustment(AdjustmentRow a) => new()
    {
        CorrectedPeriod = Period.Parse(a.CorrectedPeriod),
        PaidIn = Period.Parse(a.PaidIn),
        AgentId = a.AgentId,
        LineCode = a.LineCode,
        Category = ParseCategory(a.Category),
        Before = a.Before,
        After = a.After,
    };

    private static PeriodStatus StatusOf(PayCalcDbContext db, Period period)
    {
        var row = db.PeriodStates.Find(period.ToString());
        return row is null ? PeriodStatus.Open : Parse(row.Status);
    }

    /// <summary>Every period with a status or a run, in period order, with its stored run (null when none).</summary>
    public IReadOnlyList<PeriodSummary> ListPeriods()
    {
        using var db = OpenContext();
        var states = db.PeriodStates.AsNoTracking().ToList().ToDictionary(s => s.Period, s => Parse(s.Status), StringComparer.Ordinal);
        var runs = db.Runs.AsNoTracking().ToList().ToDictionary(r => r.Period, StringComparer.Ordinal);
        var files = db.RunInputFiles.AsNoTracking().OrderBy(f => f.Id).ToList().ToLookup(f => f.RunId);
        var runIds = runs.Values.Select(r => (r.Id, Period: Period.Parse(r.Period))).ToList();
        return states.Keys.Union(runs.Keys)
            .Select(Period.Parse)
            .Order()
            .Select(p => new PeriodSummary(p,
                states.GetValueOrDefault(p.ToString(), PeriodStatus.Open),
                runs.TryGetValue(p.ToString(), out var run) ? ToStoredRun(run, files[run.Id].ToList()) : null)
            {
                EarlierMonthsRunAgain = EarlierMonthsRunAfter(runIds, p),
            })
            .ToList();
    }

    /// <summary>
    /// The months before <paramref name="period"/> whose runs were stored after its run (run ids only grow): its
    /// run may have read their replaced figures, so it is out of date until run again. Empty without a run.
    /// </summary>
    private static List<Period> EarlierMonthsRunAfter(IReadOnlyList<(long Id, Period Period)> runs, Period period)
    {
        var own = runs.Where(r => r.Period == period).Select(r => (long?)r.Id).SingleOrDefault();
        return own is null ? [] : runs.Where(r => r.Period.CompareTo(period) < 0 && r.Id > own).Select(r => r.Period).Order().ToList();
    }

    /// <summary>The audit log in the order it was written, of one period or (null) of all periods.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries(Period? period = null)
    {
        using var db = OpenContext();
        var query = db.AuditEntries.AsNoTracking();
        if (period is { } p)
        {
            var text = p.ToString();
            query = query.Where(a => a.Period == text);
        }
        return query.OrderBy(a => a.Id).ToList()
            .Select(a => new AuditEntry(a.Id,
                DateTimeOffset.Parse(a.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                a.User, a.Command, a.Period is null ? null : Period.Parse(a.Period), a.Detail))
            .ToList();
    }

    private AuditEntryRow NewAuditRow(string user, string command, Period? period, string detail) => new()
    {
        Time = _time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        User = user,
        Command = command,
        Period = period?.ToString(),
        Detail = detail,
    };

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
        UpgradeBackup = SchemaUpgrade.Apply(db, _path);
    }

    /// <summary>Every payslip of a run with its lines in plan order, by agent id.</summary>
    private static IEnumerable<(string AgentId, List<(string Code, decimal Amount)> Lines)> PayslipLines(PayCalcDbContext db, long runId) =>
        db.Payslips.AsNoTracking().Where(p => p.RunId == runId).Select(p => new { p.AgentId, p.Lines }).ToList()
            .OrderBy(p => p.AgentId, StringComparer.Ordinal)
            .Select(p => (p.AgentId, ReadAmounts(p.Lines)));

    private static Dictionary<string, string> Categories(PayCalcDbContext db, long runId) =>
        db.RunComponents.AsNoTracking().Where(c => c.RunId == runId).ToDictionary(c => c.Code, c => c.Category, StringComparer.Ordinal);

    private static List<(string Code, decimal Amount)> ReadAmounts(string json) =>
        LineInputsJson.Read(json).Select(v => (v.Name, decimal.Parse(v.Value, NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();

    private static List<(long RunId, Period Period)> RunsBetween(PayCalcDbContext db, Period from, Period to) =>
        db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period)))
            .Where(r => r.Period.CompareTo(from) >= 0 && r.Period.CompareTo(to) <= 0)
            .OrderBy(r => r.Period)
            .ToList();

    internal static StoredRun ToStoredRun(RunRow run, IReadOnlyList<RunInputFileRow> files) => new()
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

    internal static string Text(PeriodStatus status) => status.ToString().ToLowerInvariant();

    internal static string Text(LeaveType type) => type.ToString().ToLowerInvariant();

    internal static string Text(LineCategory category) => category.ToString().ToLowerInvariant();

    internal static PeriodStatus Parse(string status) =>
        Enum.TryParse<PeriodStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s)
            ? s
            : throw new InvalidOperationException($"Unknown period status '{status}' in the database.");

    /// <summary>Stored category of a plan variable (intermediate value): read back as info, never summed.</summary>
    internal const string VariableCategory = "variable";

    internal static LineCategory ParseCategory(string category) =>
        category == VariableCategory ? LineCategory.Info : Enum.TryParse<LineCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c)
            ? c
            : throw new InvalidOperationException($"Unknown line category '{category}' in the database.");
}
