using PayCalc.Domain.Payroll;

namespace PayCalc.Application;

/// <summary>
/// The structured trace of a payslip computed in memory (a rule test, a preview, a what-if), built as a stored payslip's
/// is read back: every line and variable with its formula, the formula with the values that went in, the inputs and the rows.
/// </summary>
public static class ComputedTrace
{
    public static PayslipTrace Of(PayrollResult result, Payslip slip) => WithValues(result, slip).Trace;

    /// <summary>The trace and the display value of every name its formulas read.</summary>
    public static (PayslipTrace Trace, IReadOnlyDictionary<string, string> Values) WithValues(PayrollResult result, Payslip slip)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(slip);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // A line that did not apply this month counts as 0, as it did in the computation.
        foreach (var l in result.LineDefinitions) values[l.Code] = "0";
        foreach (var l in slip.Lines) values[l.Code] = FormulaText.Display(l.Amount);
        var variables = result.Variables.ToDictionary(v => v.Code, StringComparer.Ordinal);
        foreach (var v in slip.Trace)
            values[v.Code] = variables.GetValueOrDefault(v.Code)?.IsTrueFalse == true ? (v.Value == 0m ? "false" : "true") : FormulaText.Display(v.Value);
        foreach (var v in result.Parameters.Concat(slip.Facts)) values[v.Name] = v.Value;
        var variableLines = slip.Trace.Where(v => variables.ContainsKey(v.Code)).Select(v =>
        {
            var d = variables[v.Code];
            return new PayslipLine
            {
                Code = d.Code, Name = d.Name, NameEn = d.NameEn, Category = LineCategory.Info, Amount = v.Value, Formula = d.Formula,
                Explain = FormulaText.Render(d.Formula, n => values.GetValueOrDefault(n)),
            };
        }).ToList();
        return (new PayslipTrace(slip.Lines, variableLines, values, result.Catalog, slip.Rows), values);
    }
}
