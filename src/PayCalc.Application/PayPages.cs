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
        return PayslipPage.From(period, slip.AgentId, slip.Name, slip.Team, run is null ? "" : $"{run.PlanCode} {run.PlanVersion}",
            slip.Gross, slip.Net, slip.Lines, slip.Trace);
    }

    /// <summary>Every month PayCalc holds, newest first, with its status and run.</summary>
    public IReadOnlyList<PeriodSummary> AllMonths() => store.Periods.ListPeriods().OrderByDescending(p => p.Period).ToList();

    /// <summary>The exceptions of a month's stored run, with severity and acknowledgement.</summary>
    public IReadOnlyList<StoredException> Exceptions(Period period) => store.Periods.Exceptions(period);
}
