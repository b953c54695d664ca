using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
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
/// One period's run being stored, inside a single SQLite write transaction: created by
/// <see cref="PayrollRuns.BeginRun"/> (which already removed the previous run), then <see cref="WriteInput"/>
/// and <see cref="WriteResult"/> once each, in that order, then <see cref="Commit"/>. The input may be written
/// on another thread while the result is computed, but calls must not overlap. Disposing without committing
/// rolls everything back: the database is as it was.
/// </summary>
public sealed class PayrollRunWriter : IDisposable
{
    private readonly PayCalcDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly SqliteTransaction _tx;
    private readonly Period _period;
    private readonly RunRow _run;
    private readonly Action<string>? _beforeTableInsert;
    private List<RunInputFileRow> _files = [];
    private bool _inputWritten, _resultWritten, _committed;

    internal PayrollRunWriter(PayCalcDbContext db, Period period, RunRow run, Action<string>? beforeTableInsert)
    {
        _db = db;
        _period = period;
        _run = run;
        _beforeTableInsert = beforeTableInsert;
        // BEGIN IMMEDIATE: the status check and the replacement happen under one write lock.
        _transaction = db.Database.BeginTransaction();
        try
        {
            _tx = (SqliteTransaction)_transaction.GetDbTransaction();
            var text = period.ToString();
            var state = db.PeriodStates.Find(text);
            StatusBefore = state is null ? PeriodStatus.Open : StoredText.ParseStatus(state.Status);
            if (StatusBefore == PeriodStatus.Closed) throw new PeriodClosedException(period);
            foreach (var oldRunId in db.Runs.Where(r => r.Period == text).Select(r => r.Id).ToList())
                DeleteRun(db, oldRunId);
            if (state is null) db.PeriodStates.Add(new PeriodStateRow { Period = text, Status = StoredText.Text(PeriodStatus.Calculated) });
            else state.Status = StoredText.Text(PeriodStatus.Calculated);
            db.Runs.Add(run);
            db.SaveChanges();
        }
        catch
        {
            _transaction.Dispose();
            throw;
        }
    }

    /// <summary>The month's status when this run took the write lock (the run sets it to calculated).</summary>
    public PeriodStatus StatusBefore { get; }

    /// <summary>The id the run is stored under (ids only grow: a later run of any month has a larger id).</summary>
    public long RunId => _run.Id;

    /// <summary>
    /// Records, in the run, the output files written for it (name to SHA-256), so that <c>status</c> can tell whether the
    /// files in <paramref name="folder"/> are this run's. Called before <see cref="Commit"/>.
    /// </summary>
    public void RecordOutputs(string folder, IReadOnlyDictionary<string, string> sha256ByFileName)
    {
        ArgumentNullException.ThrowIfNull(sha256ByFileName);
        var settings = JsonSerializer.Deserialize<Dictionary<string, string>>(_run.Settings) ?? [];
        settings[RunOutputs.FolderKey] = folder;
        foreach (var (name, hash) in sha256ByFileName.OrderBy(f => f.Key, StringComparer.Ordinal))
            settings[RunOutputs.FileKeyPrefix + name] = hash;
        _run.Settings = JsonSerializer.Serialize(settings);
        _db.SaveChanges();
    }

    /// <summary>Stores what was imported (every row with its source file and row) and the input files' hashes.</summary>
    public void WriteInput(PayrollInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_inputWritten) throw new InvalidOperationException("The input of this run is already written.");
        if (input.Period != _period) throw new ArgumentException($"Input period {input.Period} differs from run period {_period}.", nameof(input));
        _files = input.Files.Select(f => new RunInputFileRow { RunId = _run.Id, Kind = f.Kind, Path = f.Path, Sha256 = f.Sha256 }).ToList();
        _db.RunInputFiles.AddRange(_files);
        _db.SaveChanges();
        InsertInput(input);
        _inputWritten = true;
    }

    /// <summary>
    /// Stores the run's rule snapshot: every rule file it was computed with, by path relative to the rules folder. Each
    /// distinct content is stored once (<c>rule_file</c>, keyed by SHA-256) and shared by every run that used it.
    /// </summary>
    public void WriteRuleFiles(IReadOnlyList<StoredRuleFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files.DistinctBy(f => f.Sha256))
            if (_db.RuleFiles.Find(file.Sha256) is null)
                _db.RuleFiles.Add(new RuleFileRow { Sha256 = file.Sha256, Content = file.Content });
        _db.RunRuleFiles.AddRange(files.Select(f => new RunRuleFileRow { RunId = _run.Id, Path = f.Path, Kind = f.Kind, Sha256 = f.Sha256 }));
        _db.SaveChanges();
    }

    /// <summary>Stores the payslips (lines, intermediate values, facts), the plan's components and the flags.</summary>
    public void WriteResult(PayrollResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_resultWritten) throw new InvalidOperationException("The result of this run is already written.");
        if (result.Period != _period) throw new ArgumentException($"Result period {result.Period} differs from run period {_period}.", nameof(result));

        decimal grossTotal = 0, netTotal = 0;
        var totals = new (decimal Gross, decimal Net)[result.Payslips.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            var payslip = result.Payslips[i];
            totals[i] = (payslip.Gross, payslip.Net);
            grossTotal += totals[i].Gross;
            netTotal += totals[i].Net;
        }
        _run.AgentCount = result.Payslips.Count;
        _run.GrossTotal = grossTotal;
        _run.NetTotal = netTotal;
        _run.Parameters = new LineInputsJson().Write(result.Parameters);
        var common = CommonFacts(result.Payslips);
        _run.CommonFacts = new LineInputsJson().Write(common);
        _run.TraceCatalog = TraceJson.WriteCatalog(result.Catalog);
        _db.RunComponents.AddRange(ComponentsOf(_run.Id, result));
        _db.SaveChanges();
        InsertResult(result, totals, common.Select(f => f.Name).ToHashSet(StringComparer.Ordinal));
        _resultWritten = true;
    }

    /// <summary>Adds an audit entry in the run's transaction, timed like the run. Keep money and ID numbers out of <paramref name="detail"/>.</summary>
    public void AddAuditEntry(string user, string command, string detail)
    {
        _db.AuditEntries.Add(new AuditEntryRow { Time = _run.CreatedAt, User = user, Command = command, Period = _run.Period, Detail = detail });
        _db.SaveChanges();
    }

    /// <summary>Makes the run visible. Both the input and the result must have been written.</summary>
    public StoredRun Commit()
    {
        if (!_inputWritten || !_resultWritten) throw new InvalidOperationException("A run is committed only with both its input and its result.");
        _transaction.Commit();
        _committed = true;
        return RunRows.ToStoredRun(_run, _files);
    }

    public void Dispose()
    {
        if (!_committed) _transaction.Rollback();
        _transaction.Dispose();
        _db.Dispose();
    }

    private static void DeleteRun(PayCalcDbContext db, long runId)
    {
        // Children first, each a set-based DELETE using its run_id index.
        db.Payslips.Where(x => x.RunId == runId).ExecuteDelete();
        db.Flags.Where(x => x.RunId == runId).ExecuteDelete();
        db.Shifts.Where(x => x.RunId == runId).ExecuteDelete();
        db.Leave.Where(x => x.RunId == runId).ExecuteDelete();
        db.Deals.Where(x => x.RunId == runId).ExecuteDelete();
        db.Metrics.Where(x => x.RunId == runId).ExecuteDelete();
        db.TeamMetrics.Where(x => x.RunId == runId).ExecuteDelete();
        db.YtdBalances.Where(x => x.RunId == runId).ExecuteDelete();
        db.Agents.Where(x => x.RunId == runId).ExecuteDelete();
        db.RunInputFiles.Where(x => x.RunId == runId).ExecuteDelete();
        db.RunComponents.Where(x => x.RunId == runId).ExecuteDelete();
        db.RunRuleFiles.Where(x => x.RunId == runId).ExecuteDelete();
        db.Runs.Where(x => x.Id == runId).ExecuteDelete();
        // Rule file contents no run uses any more (the run's own are stored again with the new run).
        db.RuleFiles.Where(f => !db.RunRuleFiles.Any(r => r.Sha256 == f.Sha256)).ExecuteDelete();
    }

    private void InsertInput(PayrollInput input)
    {
        var (db, tx, runId) = (_db, _tx, _run.Id);
        _beforeTableInsert?.Invoke("run_agent");
        using (var ins = BulkInsert.Prepare<AgentRow>(db, tx,
                   nameof(AgentRow.RunId), nameof(AgentRow.AgentId), nameof(AgentRow.Name), nameof(AgentRow.Team),
                   nameof(AgentRow.HireDate), nameof(AgentRow.ProbationEnd), nameof(AgentRow.TerminationDate),
                   nameof(AgentRow.BaseSalary), nameof(AgentRow.City), nameof(AgentRow.ContributionBase),
                   nameof(AgentRow.HousingFundRate), nameof(AgentRow.SpecialAdditionalDeduction),
                   nameof(AgentRow.SourceFile), nameof(AgentRow.SourceSheet), nameof(AgentRow.SourceRow),
                   nameof(AgentRow.FirstWageIncomeOfYear), nameof(AgentRow.PriorYearLowIncome), nameof(AgentRow.ContractTermMonths)))
        {
            foreach (var a in input.Agents)
            {
                ins.Set(0, runId); ins.Set(1, a.AgentId); ins.Set(2, a.Name); ins.Set(3, a.Team);
                ins.Set(4, a.HireDate); ins.Set(5, a.ProbationEnd); ins.Set(6, a.TerminationDate);
                ins.Set(7, a.BaseSalary); ins.Set(8, a.City); ins.Set(9, a.ContributionBase);
                ins.Set(10, a.HousingFundRate); ins.Set(11, a.SpecialAdditionalDeduction);
                ins.Set(12, a.Source.File); ins.Set(13, a.Source.Sheet); ins.Set(14, a.Source.Row);
                ins.Set(15, a.FirstWageIncomeOfYear ? 1 : 0); ins.Set(16, a.PriorYearLowIncome ? 1 : 0);
                if (a.ContractTermMonths is { } term) ins.Set(17, term); else ins.Set(17, (string?)null);
                ins.Execute();
            }
        }

        _beforeTableInsert?.Invoke("run_ytd_balance");
        using (var ins = BulkInsert.Prepare<YtdBalanceRow>(db, tx,
                   nameof(YtdBalanceRow.RunId), nameof(YtdBalanceRow.AgentId), nameof(YtdBalanceRow.Year), nameof(YtdBalanceRow.Months),
                   nameof(YtdBalanceRow.Income), nameof(YtdBalanceRow.SpecialDeductions), nameof(YtdBalanceRow.AdditionalDeductions),
                   nameof(YtdBalanceRow.TaxWithheld), nameof(YtdBalanceRow.SourceFile), nameof(YtdBalanceRow.SourceSheet), nameof(YtdBalanceRow.SourceRow)))
        {
            foreach (var y in input.YtdBalances)
            {
                ins.Set(0, runId); ins.Set(1, y.AgentId); ins.Set(2, y.Year); ins.Set(3, y.Months);
                ins.Set(4, y.Income); ins.Set(5, y.SpecialDeductions); ins.Set(6, y.AdditionalDeductions); ins.Set(7, y.TaxWithheld);
                ins.Set(8, y.Source.File); ins.Set(9, y.Source.Sheet); ins.Set(10, y.Source.Row);
                ins.Execute();
            }
        }

        _beforeTableInsert?.Invoke("run_shift");
        using (var ins = BulkInsert.Prepare<ShiftRow>(db, tx,
                   nameof(ShiftRow.RunId), nameof(ShiftRow.AgentId), nameof(ShiftRow.SourceFile), nameof(ShiftRow.SourceSheet),
                   nameof(ShiftRow.Count), nameof(ShiftRow.Entries)))
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Span<char> text = stackalloc char[16];
            // One document per agent and source file, shifts in file order.
            // Grouped by agent first (one string hash a row), then by file within the agent's few shifts.
            foreach (var group in input.Shifts.GroupBy(s => s.AgentId, StringComparer.Ordinal)
                         .SelectMany(a => a.GroupBy(s => (s.AgentId, s.Source.File, s.Source.Sheet))))
            {
                buffer.ResetWrittenCount();
                json.Reset(buffer);
                json.WriteStartArray();
                var count = 0;
                foreach (var s in group)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(s.Source.Row);
                    s.Date.TryFormat(text, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    json.WriteStringValue(text[..n]);
                    if (s.Code is null) json.WriteNullValue();
                    else json.WriteStringValue(s.Code);
                    s.Start.TryFormat(text, out n, "HH:mm", CultureInfo.InvariantCulture);
                    json.WriteStringValue(text[..n]);
                    s.End.TryFormat(text, out n, "HH:mm", CultureInfo.InvariantCulture);
                    json.WriteStringValue(text[..n]);
                    json.WriteNumberValue(s.BreakMinutes);
                    json.WriteEndArray();
                    count++;
                }
                json.WriteEndArray();
                json.Flush();
                ins.Set(0, runId); ins.Set(1, group.Key.AgentId); ins.Set(2, group.Key.File); ins.Set(3, group.Key.Sheet);
                ins.Set(4, count); ins.SetUtf8(5, buffer.WrittenSpan);
                ins.Execute();
            }
        }

        _beforeTableInsert?.Invoke("run_leave");
        using (var ins = BulkInsert.Prepare<LeaveRow>(db, tx,
                   nameof(LeaveRow.RunId), nameof(LeaveRow.AgentId), nameof(LeaveRow.Date), nameof(LeaveRow.LeaveType),
                   nameof(LeaveRow.Hours), nameof(LeaveRow.SourceFile), nameof(LeaveRow.SourceSheet), nameof(LeaveRow.SourceRow)))
        {
            foreach (var l in input.Leave)
            {
                ins.Set(0, runId); ins.Set(1, l.AgentId); ins.Set(2, l.Date); ins.Set(3, StoredText.Text(l.Type));
                ins.Set(4, l.Hours); ins.Set(5, l.Source.File); ins.Set(6, l.Source.Sheet); ins.Set(7, l.Source.Row);
                ins.Execute();
            }
        }

        _beforeTableInsert?.Invoke("run_deal");
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

        _beforeTableInsert?.Invoke("run_metric");
        using (var ins = BulkInsert.Prepare<MetricRow>(db, tx,
                   nameof(MetricRow.RunId), nameof(MetricRow.AgentId), nameof(MetricRow.Period),
                   nameof(MetricRow.Numbers), nameof(MetricRow.Texts),
                   nameof(MetricRow.SourceFile), nameof(MetricRow.SourceSheet), nameof(MetricRow.SourceRow)))
        {
            var json = new LineInputsJson();
            foreach (var m in input.Metrics)
            {
                ins.Set(0, runId); ins.Set(1, m.AgentId); ins.Set(2, m.Period.ToString());
                ins.SetUtf8(3, json.Utf8(m.Numbers)); ins.SetUtf8(4, json.Utf8(m.Texts));
                ins.Set(5, m.Source.File); ins.Set(6, m.Source.Sheet); ins.Set(7, m.Source.Row);
                ins.Execute();
            }
        }

        _beforeTableInsert?.Invoke("run_team_metric");
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

    private void InsertResult(PayrollResult result, (decimal Gross, decimal Net)[] totals, HashSet<string> commonFacts)
    {
        var (db, tx, runId) = (_db, _tx, _run.Id);
        long nextPayslipId;
        using (var max = tx.Connection!.CreateCommand())
        {
            max.Transaction = tx;
            max.CommandText = "SELECT COALESCE(MAX(id), 0) FROM payslip";
            nextPayslipId = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
        }

        _beforeTableInsert?.Invoke("payslip");
        using (var slip = BulkInsert.Prepare<PayslipRow>(db, tx,
                   nameof(PayslipRow.Id), nameof(PayslipRow.RunId), nameof(PayslipRow.AgentId), nameof(PayslipRow.Name),
                   nameof(PayslipRow.Team), nameof(PayslipRow.Gross), nameof(PayslipRow.Net),
                   nameof(PayslipRow.Lines), nameof(PayslipRow.Adjustments), nameof(PayslipRow.Trace), nameof(PayslipRow.Facts), nameof(PayslipRow.Rows)))
        {
            var json = new LineInputsJson();
            var traceJson = new TraceJson();
            for (var i = 0; i < result.Payslips.Count; i++)
            {
                var p = result.Payslips[i];
                var payslipId = nextPayslipId++;
                slip.Set(0, payslipId); slip.Set(1, runId); slip.Set(2, p.AgentId); slip.Set(3, p.Name);
                slip.Set(4, p.Team); slip.Set(5, totals[i].Gross); slip.Set(6, totals[i].Net);
                List<PayslipLine>? adjustments = null;
                for (var k = 0; k < p.Lines.Count; k++)
                    if (p.LineAt(k).Code == Adjustment.Code) (adjustments ??= []).Add(p.Lines[k]);
                slip.SetUtf8(7, json.Utf8Amounts(p, Adjustment.Code));
                slip.Set(8, adjustments is null ? "[]" : JsonSerializer.Serialize(adjustments.Select(StoredAdjustmentLine.Of), StoredAdjustmentLine.Options));
                slip.SetUtf8(9, json.Utf8(p.Trace));
                slip.SetUtf8(10, json.Utf8(commonFacts.Count == 0 ? p.Facts : p.Facts.Where(f => !commonFacts.Contains(f.Name)).ToList()));
                slip.SetUtf8(11, traceJson.Utf8Rows(p.Rows));
                slip.Execute();
            }
        }

        _beforeTableInsert?.Invoke("payroll_flag");
        using (var ins = BulkInsert.Prepare<FlagRow>(db, tx,
                   nameof(FlagRow.RunId), nameof(FlagRow.AgentId), nameof(FlagRow.Code), nameof(FlagRow.Message), nameof(FlagRow.Severity)))
        {
            foreach (var f in result.Flags)
            {
                ins.Set(0, runId); ins.Set(1, f.AgentId); ins.Set(2, f.Code); ins.Set(3, f.Message); ins.Set(4, StoredText.Text(f.Severity));
                ins.Execute();
            }
        }
    }

    /// <summary>The facts every payslip has with the same value (a plan lists the same facts, in the same order, on each).</summary>
    private static List<LineInput> CommonFacts(IReadOnlyList<Payslip> payslips)
    {
        if (payslips.Count < 2) return [];
        var first = payslips[0].Facts;
        var common = new List<LineInput>();
        for (var k = 0; k < first.Count; k++)
        {
            var fact = first[k];
            if (payslips.All(p => p.Facts.Count == first.Count && p.Facts[k].Name == fact.Name && p.Facts[k].Value == fact.Value))
                common.Add(fact);
        }
        return common;
    }

    /// <summary>A correction's line: not the plan's, so it is stored with its own names and explanation.</summary>
    private static bool IsAdjustment(PayslipLine line) => line.Code == Adjustment.Code;

    /// <summary>
    /// The run's lines (as first met on its payslips, so lines of any origin are described) and variables, each
    /// with names and formula. A code described two ways breaks the one-formula-per-line invariant: refuse it.
    /// </summary>
    private static List<RunComponentRow> ComponentsOf(long runId, PayrollResult result)
    {
        var rows = new List<RunComponentRow>();
        var byCode = new Dictionary<string, RunComponentRow>(StringComparer.Ordinal);
        // A computed payslip's lines share one description object per kind: each is compared once, not per agent.
        var described = new HashSet<PayslipLine>(ReferenceEqualityComparer.Instance);
        foreach (var l in result.Payslips.SelectMany(p => Enumerable.Range(0, p.Lines.Count).Select(i => p.LineAt(i).Kind)).Where(l => !IsAdjustment(l)))
        {
            if (!described.Add(l)) continue;
            var category = StoredText.Text(l.Category);
            if (byCode.TryGetValue(l.Code, out var seen))
            {
                if (seen.Formula != l.Formula || seen.Name != l.Name || seen.NameEn != l.NameEn || seen.Category != category)
                    throw new InvalidOperationException($"Line {l.Code} has two descriptions in one run.");
                continue;
            }
            var row = new RunComponentRow
            {
                RunId = runId, Seq = rows.Count, Code = l.Code, Name = l.Name, NameEn = l.NameEn, Category = category, Formula = l.Formula,
            };
            byCode[l.Code] = row;
            rows.Add(row);
        }
        foreach (var d in result.LineDefinitions.Where(d => !byCode.ContainsKey(d.Code)))
        {
            var row = new RunComponentRow { RunId = runId, Seq = rows.Count, Code = d.Code, Name = d.Name, NameEn = d.NameEn, Category = StoredText.Text(d.Category) };
            byCode[d.Code] = row;
            rows.Add(row);
        }
        foreach (var v in result.Variables)
        {
            if (byCode.ContainsKey(v.Code)) throw new InvalidOperationException($"Variable {v.Code} is also a line.");
            rows.Add(new RunComponentRow
            {
                RunId = runId, Seq = rows.Count, Code = v.Code, Name = v.Name, NameEn = v.NameEn, Category = StoredText.VariableCategory, Formula = v.Formula,
                IsTrueFalse = v.IsTrueFalse,
            });
        }
        return rows;
    }
}
