namespace PayCalc.Storage.Entities;

/// <summary>Table <c>payslip</c>: one agent's payslip in a run, with its totals.</summary>
public sealed class PayslipRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Team { get; set; } = "";
    public decimal Gross { get; set; }
    public decimal Net { get; set; }
    /// <summary>
    /// The payslip's lines in plan order, as a JSON object of line code to amount (exact invariant text, signed by
    /// the effect on pay, <c>{"base_pay":"5220.00","pension":"-417.60"}</c>). One document per payslip rather than a
    /// row per line: 100,000 agents have about 3 million lines. Names, category and formula are in
    /// <c>run_component</c>; the explanation is rendered from <see cref="Facts"/>, <see cref="Trace"/> and the run's
    /// parameters. SQL can still read them with <c>json_each(lines)</c>.
    /// </summary>
    public string Lines { get; set; } = "{}";
    /// <summary>
    /// Lines that are not the plan's and explain themselves (the <c>adjustment</c> lines of corrected months,
    /// printed after the plan's lines): a JSON array of objects with code, category, name, name_en, amount,
    /// formula and explain.
    /// </summary>
    public string Adjustments { get; set; } = "[]";
    /// <summary>The plan's intermediate values, exact, as a compact JSON object of code to text.</summary>
    public string Trace { get; set; } = "{}";
    /// <summary>Display values of the facts and metrics the formulas used, as a JSON object of name to text.</summary>
    public string Facts { get; set; } = "{}";
    /// <summary>
    /// The rows behind the payslip's aggregate lines, as a compact JSON object of line code to rows, each row
    /// <c>[source, date, value, [fields...]]</c> (<c>{"night_allowance":[["attendance.csv::5","2026-10-03","60",["6"]]]}</c>);
    /// what the fields are is in <see cref="RunRow.TraceCatalog"/>. Only rows that contributed; <c>{}</c> for most payslips of
    /// plans without such lines (schema 4).
    /// </summary>
    public string Rows { get; set; } = "{}";
}
