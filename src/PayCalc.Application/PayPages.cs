using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// What the web app shows, read from the stored months only (it computes nothing and changes nothing): an agent's
/// months and payslips, and for HR and finance the months with their status and exceptions. Who may ask for what is
/// decided by the caller (the web app's authorization); every method here is read-only.
/// </summary>
public sealed class PayPages(PayrollStore store)
{
    /// <summary>The months an agent has a stored payslip for, newest first, with gross and net.</summary>
    public IReadOnlyList<StoredPayslipTotal> Months(string agentId) => store.Runs.PayslipsOf(agentId).Reverse().ToList();

    /// <summary>An agent's stored payslip of a month, or null when the month has none for them.</summary>
    public PayslipPage? Payslip(string agentId, Period period)
    {
        if (store.Runs.FindPayslip(period, agentId) is not { } slip) return null;
        var run = store.Runs.FindRun(period);
        PayslipPageLine Line(PayslipLine l)
        {
            var node = slip.Trace.Find(l.Code);
            var text = new StringWriter(CultureInfo.InvariantCulture);
            if (node is not null) TraceText.WriteNode(text, node);
            var rows = node?.Rows.Select(r => TraceText.Row(node.Shape, r)).ToList() ?? [];
            return new PayslipPageLine(l.Code, l.Name, l.NameEn, l.Amount, text.ToString().TrimEnd(), rows);
        }
        // A line of 0 is not shown: most of a plan's lines are 0 for most agents (no night shift, no deal).
        var shown = slip.Lines.Where(l => l.Amount != 0m).ToList();
        return new PayslipPage
        {
            Period = period,
            AgentId = slip.AgentId,
            Name = slip.Name,
            Team = slip.Team,
            Plan = run is null ? "" : $"{run.PlanCode} {run.PlanVersion}",
            Gross = slip.Gross,
            Deductions = shown.Where(l => l.Category == LineCategory.Deduction).Sum(l => l.Amount),
            Net = slip.Net,
            Earnings = shown.Where(l => l.Category == LineCategory.Earning).Select(Line).ToList(),
            DeductionLines = shown.Where(l => l.Category == LineCategory.Deduction).Select(Line).ToList(),
        };
    }

    /// <summary>Every month PayCalc holds, newest first, with its status and run.</summary>
    public IReadOnlyList<PeriodSummary> AllMonths() => store.Periods.ListPeriods().OrderByDescending(p => p.Period).ToList();

    /// <summary>The exceptions of a month's stored run, with severity and acknowledgement.</summary>
    public IReadOnlyList<StoredException> Exceptions(Period period) => store.Periods.Exceptions(period);
}
