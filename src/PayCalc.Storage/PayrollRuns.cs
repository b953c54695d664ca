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
        var lines = RunRows.ReadAmounts(found.Lines);
        var components = db.RunComponents.AsNoTracking().Where(c => c.RunId == found.RunId).OrderBy(c => c.Seq).ToList()
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
        var run = db.Runs.AsNoTracking().Where(r => r.Id == found.RunId).Select(r => new { r.Parameters, r.CommonFacts, r.TraceCatalog }).Single();
        var trace = LineInputsJson.Read(found.Trace);

        // Values an intermediate value's formula can name: facts, parameters, variables, line amounts; a line
        // that did not apply this month counts as 0, as it did in the computation.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in components.Values.Where(c => c.Category != StoredText.VariableCategory)) values[c.Code] = "0";
        foreach (var l in lines) values[l.Code] = FormulaText.Display(l.Amount);
        foreach (var v in trace)
            values[v.Name] = components.GetValueOrDefault(v.Name)?.IsTrueFalse == true ? (v.Value == "0" ? "false" : "true") : Display(v.Value);
        foreach (var v in LineInputsJson.Read(run.Parameters).Concat(LineInputsJson.Read(run.CommonFacts)).Concat(LineInputsJson.Read(found.Facts)))
            values[v.Name] = v.Value;

        var planLines = lines.Select(l =>
        {
            var c = components.GetValueOrDefault(l.Code);
            return new PayslipLine
            {
                Code = l.Code,
                Name = c?.Name ?? l.Code,
                NameEn = c?.NameEn ?? l.Code,
                Category = StoredText.ParseCategory(c?.Category ?? "info"),
                Amount = l.Amount,
                Formula = c?.Formula ?? "",
                Explain = Render(c?.Formula ?? ""),
                Inputs = InputsOf(c?.Formula ?? ""),
            };
        }).Concat(StoredAdjustmentLine.Read(found.Adjustments)).ToList();
        var variables = trace.Select(v =>
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
        }).ToList();

        return new StoredPayslip
        {
            RunId = found.RunId,
            Period = period,
            AgentId = found.AgentId,
            Name = found.Name,
            Team = found.Team,
            Gross = found.Gross,
            Net = found.Net,
            Lines = planLines,
            Variables = variables,
            Trace = new PayslipTrace(planLines, variables, values, TraceJson.ReadCatalog(run.TraceCatalog), TraceJson.ReadRows(found.Rows)),
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
    /// Gross, net and line amounts of every payslip of the period's stored run, by agent id (empty when it has none).
    /// Read straight from <c>payslip</c>, so a change made to a stored amount with a SQLite tool shows here.
    /// </summary>
    public IReadOnlyList<StoredPayslipAmounts> PayslipAmounts(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = db.Runs.AsNoTracking().Where(r => r.Period == text).Select(r => (long?)r.Id).SingleOrDefault();
        if (runId is null) return [];
        var rows = db.Payslips.AsNoTracking().Where(p => p.RunId == runId)
            .Select(p => new { p.AgentId, p.Gross, p.Net, p.Lines, p.Adjustments }).ToList();
        return rows.AsParallel().AsOrdered().Select(r =>
        {
            var lines = ReadAmounts(r.Lines);
            if (r.Adjustments != "[]") lines.AddRange(StoredAdjustmentLine.Read(r.Adjustments).Select(a => (a.Code, a.Amount)));
            return new StoredPayslipAmounts(r.AgentId, r.Gross, r.Net, lines);
        }).ToList().OrderBy(p => p.AgentId, StringComparer.Ordinal).ToList();
    }

    /// <summary>A payslip's <c>lines</c> JSON (<c>{"base_pay":"5220.00",...}</c>) as (code, amount) in order; codes are
    /// interned (a month has a few dozen distinct codes and millions of lines).</summary>
    private static List<(string Code, decimal Amount)> ReadAmounts(string json)
    {
        var lines = new List<(string, decimal)>(32);
        if (json == "{}") return lines;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        string? code = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName) code = string.Intern(reader.GetString()!);
            else if (reader.TokenType == JsonTokenType.String && code is not null)
            {
                if (!System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out decimal amount, out var used) || used != reader.ValueSpan.Length)
                    amount = decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
                lines.Add((code, amount));
                code = null;
            }
        }
        return lines;
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
