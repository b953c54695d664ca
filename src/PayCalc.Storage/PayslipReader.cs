using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>Reads stored payslips of one run back with their lines and trace: the run's components, parameters,
/// common facts and trace catalog are read once, then each payslip row is turned into a <see cref="StoredPayslip"/>.</summary>
internal sealed class PayslipReader
{
    private readonly Dictionary<string, RunComponentRow> _components;
    private readonly IReadOnlyList<LineInput> _runValues;
    private readonly TraceCatalog _catalog;

    public PayslipReader(PayCalcDbContext db, long runId)
    {
        _components = db.RunComponents.AsNoTracking().Where(c => c.RunId == runId).OrderBy(c => c.Seq).ToList()
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
        var run = db.Runs.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Parameters, r.CommonFacts, r.TraceCatalog }).Single();
        _runValues = LineInputsJson.Read(run.Parameters).Concat(LineInputsJson.Read(run.CommonFacts)).ToList();
        _catalog = TraceJson.ReadCatalog(run.TraceCatalog);
    }

    /// <param name="period">The stored month.</param>
    /// <param name="found">The payslip's row.</param>
    /// <param name="linesOnly">Only the lines with their explanations (no variables, inputs or rows): for documents
    /// that print the lines, e.g. 10,000 payslip PDFs, where the rest would be read for nothing.</param>
    public StoredPayslip Read(Period period, PayslipRow found, bool linesOnly = false)
    {
        var lines = RunRows.ReadAmounts(found.Lines);
        var trace = LineInputsJson.Read(found.Trace);

        // Values an intermediate value's formula can name: facts, parameters, variables, line amounts; a line
        // that did not apply this month counts as 0, as it did in the computation.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in _components.Values.Where(c => c.Category != StoredText.VariableCategory)) values[c.Code] = "0";
        foreach (var l in lines) values[l.Code] = FormulaText.Display(l.Amount);
        foreach (var v in trace)
            values[v.Name] = _components.GetValueOrDefault(v.Name)?.IsTrueFalse == true ? (v.Value == "0" ? "false" : "true") : Display(v.Value);
        foreach (var v in _runValues.Concat(LineInputsJson.Read(found.Facts)))
            values[v.Name] = v.Value;

        var planLines = lines.Select(l =>
        {
            var c = _components.GetValueOrDefault(l.Code);
            return new PayslipLine
            {
                Code = l.Code,
                Name = c?.Name ?? l.Code,
                NameEn = c?.NameEn ?? l.Code,
                Category = StoredText.ParseCategory(c?.Category ?? "info"),
                Amount = l.Amount,
                Formula = c?.Formula ?? "",
                Explain = Render(c?.Formula ?? ""),
                Inputs = linesOnly ? [] : InputsOf(c?.Formula ?? ""),
            };
        }).Concat(StoredAdjustmentLine.Read(found.Adjustments)).ToList();
        if (linesOnly)
        {
            return new StoredPayslip
            {
                RunId = found.RunId, Period = period, AgentId = found.AgentId, Name = found.Name, Team = found.Team,
                Gross = found.Gross, Net = found.Net, Lines = planLines,
                Trace = new PayslipTrace(planLines, [], values, _catalog, []),
            };
        }
        var variables = trace.Select(v =>
        {
            var c = _components.GetValueOrDefault(v.Name);
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
            Trace = new PayslipTrace(planLines, variables, values, _catalog, TraceJson.ReadRows(found.Rows)),
        };

        string Render(string formula) => FormulaText.Render(formula, n => values.GetValueOrDefault(n));

        // The names the formula substituted, in order of first appearance (as the engine lists a line's inputs).
        LineInput[] InputsOf(string formula) => FormulaText.Split(formula)
            .Where(t => t.IsName && values.ContainsKey(t.Text)).Select(t => t.Text).Distinct(StringComparer.Ordinal)
            .Select(n => new LineInput(n, values[n])).ToArray();

        static string Display(string exact) =>
            decimal.TryParse(exact, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? FormulaText.Display(d) : exact;
    }
}
