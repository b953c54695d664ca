using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// An agent's estimate of the month HR previewed (<c>paycalc preview</c>), and what-ifs on it: the agent's team is read
/// from the preview (one row) and computed again by the engine with the preview's own rules - the same plan, the same
/// team ranks - with the what-if's rows added. Nothing is stored; it is never a payslip. Texts are in the current UI language.
/// </summary>
public sealed class Estimates(PayrollStore store, PreviewRules rules, WhatIfAssumptions? assumptions = null)
{
    private readonly WhatIfAssumptions _assume = assumptions ?? WhatIfAssumptions.Default;

    /// <summary>The stored preview, or null.</summary>
    public StoredPreview? Latest() => store.Previews.Latest();

    /// <summary>Whether <paramref name="agentId"/> is in <paramref name="preview"/>.</summary>
    public bool Has(StoredPreview preview, string agentId) => store.Previews.Has(preview.Id, agentId);

    /// <summary>
    /// The estimate of <paramref name="agentId"/> (with <paramref name="whatIf"/> applied when given), or null when there
    /// is no preview or the agent is not in it. A what-if out of bounds gives its problems and computes nothing.
    /// </summary>
    /// <exception cref="InvalidDataException">The stored preview cannot be read.</exception>
    public EstimateOutcome? For(string agentId, WhatIf? whatIf = null)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        if (store.Previews.Latest() is not { } preview) return null;
        if (store.Previews.TeamDocumentOf(preview.Id, agentId) is not { } bytes) return null;
        var document = PreviewDocument.FromBytes(bytes);
        var (plan, calendar) = rules.For(store, preview);
        var agent = document.Agents.First(a => a.AgentId == agentId);
        var input = document.Input();
        var history = document.History();

        var soFar = Compute(plan, calendar, input, history, agent);
        var metrics = MetricsOf(plan, input, agentId);
        var shown = metrics.Select(m => new EstimateMetric(m.Key, plan.Definition.Inputs.MetricHeaders.GetValueOrDefault(m.Key) ?? m.Key, m.Value)).ToList();
        var terms = plan.InstallmentTerms?.Where(t => t > 0).Order().ToList() ?? [];
        var said = new List<string>
        {
            EstimateText.Format("Assume_DataAsOf", Day(preview.DataAsOf)),
            EstimateText.Get("Assume_Estimate"),
        };
        if (whatIf is null || whatIf.IsEmpty)
            return EstimateOutcome.Of(new Estimate
            {
                Period = preview.Period, DataAsOf = preview.DataAsOf, CreatedAt = preview.CreatedAt, SoFar = soFar.Page,
                Tiers = Tiers(plan, soFar.Slip), Assumptions = said, Metrics = shown, Terms = terms,
            });

        var problems = Check(whatIf, plan, metrics, terms);
        if (problems.Count > 0) return EstimateOutcome.Invalid(problems);
        var (changed, placed) = Apply(whatIf, input, calendar, agent, preview.DataAsOf, metrics);
        if (placed is not null) return EstimateOutcome.Invalid([placed]);
        said.AddRange(Said(whatIf, metrics, preview.Period, preview.DataAsOf));
        var after = Compute(plan, calendar, changed, history, agent);
        return EstimateOutcome.Of(new Estimate
        {
            Period = preview.Period, DataAsOf = preview.DataAsOf, CreatedAt = preview.CreatedAt, SoFar = soFar.Page, WhatIf = after.Page,
            Tiers = Tiers(plan, after.Slip), Assumptions = said, Metrics = shown, Terms = terms,
        });
    }

    private static (PayslipPage Page, Payslip Slip) Compute(CompiledPlan plan, WorkCalendar calendar, PayrollInput input, PayrollHistory history, Agent agent)
    {
        var result = new PayrollEngine(plan, calendar).Compute(input, history);
        var slip = result.Payslips.First(p => p.AgentId == agent.AgentId);
        var page = PayslipPage.From(input.Period, slip.AgentId, slip.Name, slip.Team, $"{result.PlanCode} {result.PlanVersion}",
            slip.Gross, slip.Net, slip.Lines, ComputedTrace.Of(result, slip));
        return (page, slip);
    }

    /// <summary>The plan's numeric metrics with the agent's values in the preview (0 when the row lacks one).</summary>
    private static Dictionary<string, decimal> MetricsOf(CompiledPlan plan, PayrollInput input, string agentId)
    {
        var row = input.Metrics.FirstOrDefault(m => m.AgentId == agentId && m.Period == input.Period);
        return plan.Definition.Inputs.Metrics.Keys.ToDictionary(k => k, k => row?.Numbers.GetValueOrDefault(k) ?? 0m, StringComparer.Ordinal);
    }

    private List<string> Check(WhatIf w, CompiledPlan plan, IReadOnlyDictionary<string, decimal> metrics, IReadOnlyList<int> terms)
    {
        var problems = new List<string>();
        if (w.ExtraOvertimeHours < 0 || w.ExtraOvertimeHours > _assume.MaxExtraOvertimeHours || decimal.Round(w.ExtraOvertimeHours, 2) != w.ExtraOvertimeHours)
            problems.Add(EstimateText.Format("WhatIf_OvertimeRange", Number(_assume.MaxExtraOvertimeHours), Number(w.ExtraOvertimeHours)));
        if (w.ExtraNightShifts < 0 || w.ExtraNightShifts > _assume.MaxExtraNightShifts)
            problems.Add(EstimateText.Format("WhatIf_NightRange", _assume.MaxExtraNightShifts, w.ExtraNightShifts));
        if (w.ExtraSales < 0 || w.ExtraSales > _assume.MaxExtraSales || decimal.Round(w.ExtraSales, 2) != w.ExtraSales)
            problems.Add(EstimateText.Format("WhatIf_SalesRange", Number(_assume.MaxExtraSales), Number(w.ExtraSales)));
        else if (w.ExtraSales > 0)
        {
            if (w.ExtraSalesTermMonths is not { } term) problems.Add(EstimateText.Get("WhatIf_TermMissing"));
            else if (terms.Count > 0 && !terms.Contains(term))
                problems.Add(EstimateText.Format("WhatIf_TermUnknown", term, string.Join(", ", terms)));
            else if (term is < 1 or > 120) problems.Add(EstimateText.Format("WhatIf_TermRange", term));
        }
        foreach (var (name, value) in w.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!metrics.ContainsKey(name))
            {
                problems.Add(EstimateText.Format("WhatIf_MetricUnknown", name, string.Join(", ", metrics.Keys)));
                continue;
            }
            var unit = plan.Definition.Inputs.Metrics[name];
            var max = unit == Unit.Score ? 100m : _assume.MaxMetricValue;
            if (value < 0 || value > max) problems.Add(EstimateText.Format("WhatIf_MetricRange", name, 0, Number(max), Number(value)));
            else if (unit == Unit.Count && value != decimal.Truncate(value)) problems.Add(EstimateText.Format("WhatIf_MetricWhole", name, Number(value)));
        }
        return problems;
    }

    /// <summary>The team's input with the what-if's rows; or the problem when the month has too few free days for the shifts.</summary>
    private (PayrollInput Input, string? Problem) Apply(WhatIf w, PayrollInput input, WorkCalendar calendar, Agent agent, DateOnly asOf,
        IReadOnlyDictionary<string, decimal> metrics)
    {
        var period = input.Period;
        var busy = input.Shifts.Where(s => s.AgentId == agent.AgentId).Select(s => s.Date)
            .Concat(input.Leave.Where(l => l.AgentId == agent.AgentId).Select(l => l.Date)).ToHashSet();
        // Days without a shift or leave, no statutory holiday (paid apart), while employed: after the data's date first.
        var free = period.Days().Where(d => !busy.Contains(d) && agent.IsEmployedOn(d) && calendar.DayTypeOf(d) != DayType.StatutoryHoliday)
            .OrderBy(d => d > asOf ? 0 : 1).ThenBy(d => d > asOf ? d.DayNumber : -d.DayNumber).ToList();
        var dayShifts = (int)Math.Ceiling(w.ExtraOvertimeHours / _assume.MaxHoursPerDay);
        if (dayShifts + w.ExtraNightShifts > free.Count)
            return (input, EstimateText.Format("WhatIf_NoDays", free.Count, dayShifts + w.ExtraNightShifts));
        var shifts = new List<Shift>();
        var next = 0;
        var hoursLeft = w.ExtraOvertimeHours;
        for (var i = 0; i < dayShifts; i++)
        {
            var hours = Math.Min(hoursLeft, _assume.MaxHoursPerDay);
            hoursLeft -= hours;
            shifts.Add(new Shift
            {
                AgentId = agent.AgentId, Date = free[next++], Code = "what-if", Start = _assume.DayShiftStart,
                End = _assume.DayShiftStart.AddMinutes((double)(hours * 60m)),
            });
        }
        for (var i = 0; i < w.ExtraNightShifts; i++)
            shifts.Add(new Shift
            {
                AgentId = agent.AgentId, Date = free[next++], Code = "what-if", Start = _assume.NightShiftStart, End = _assume.NightShiftEnd,
                BreakMinutes = _assume.NightShiftBreakMinutes,
            });
        var deals = input.Deals;
        if (w.ExtraSales > 0)
            deals = [.. deals, new Deal
            {
                DealId = "what-if", AgentId = agent.AgentId, BookedDate = SaleDay(period, asOf), Amount = w.ExtraSales,
                TermMonths = w.ExtraSalesTermMonths!.Value,
            }];
        var metricRows = input.Metrics;
        if (w.Metrics.Count > 0)
        {
            var own = input.Metrics.FirstOrDefault(m => m.AgentId == agent.AgentId && m.Period == period);
            var numbers = new Dictionary<string, decimal>(own?.Numbers ?? metrics, StringComparer.Ordinal);
            foreach (var (name, value) in w.Metrics) numbers[name] = value;
            var row = own is null ? new AgentMetrics { AgentId = agent.AgentId, Period = period, Numbers = numbers } : own with { Numbers = numbers };
            metricRows = [.. input.Metrics.Where(m => !ReferenceEquals(m, own)), row];
        }
        return (input with { Shifts = [.. input.Shifts, .. shifts], Deals = deals, Metrics = metricRows }, null);
    }

    private static DateOnly SaleDay(Period period, DateOnly asOf) =>
        asOf < period.FirstDay ? period.FirstDay : asOf > period.LastDay ? period.LastDay : asOf;

    private IEnumerable<string> Said(WhatIf w, IReadOnlyDictionary<string, decimal> metrics, Period period, DateOnly asOf)
    {
        if (w.ExtraOvertimeHours > 0)
            yield return EstimateText.Format("Assume_Overtime", Number(w.ExtraOvertimeHours), Time(_assume.DayShiftStart), _assume.MaxHoursPerDay);
        if (w.ExtraNightShifts > 0)
            yield return EstimateText.Format("Assume_Night", w.ExtraNightShifts, Time(_assume.NightShiftStart), Time(_assume.NightShiftEnd),
                _assume.NightShiftBreakMinutes);
        if (w.ExtraSales > 0)
            yield return EstimateText.Format("Assume_Sale", Number(w.ExtraSales), w.ExtraSalesTermMonths, Day(SaleDay(period, asOf)));
        foreach (var (name, value) in w.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            yield return EstimateText.Format("Assume_Metric", name, Number(value), Number(metrics[name]));
    }

    /// <summary>For each of the plan's tiered rules: the agent's measure, the tier it reaches, and how far the next one is.</summary>
    private static IReadOnlyList<TierDistance> Tiers(CompiledPlan plan, Payslip slip)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var result = new List<TierDistance>();
        foreach (var t in plan.Definition.Tiers)
        {
            var x = slip.Line(t.Measure)?.Amount ?? slip.Trace.FirstOrDefault(v => v.Code == t.Measure).Value;
            var name = english ? t.NameEn : t.Name;
            decimal? current = null, nextAt = null, nextValue = null;
            var exclusive = false;
            if (t.Scale is { } scaleName)
            {
                var tiers = plan.Definition.Parameters.OfType<ScaleParameter>().First(p => p.Name == scaleName).InForce(plan.Period.FirstDay)?.Value ?? [];
                foreach (var tier in tiers.OrderBy(s => s.Threshold))
                {
                    if (tier.Exclusive ? x > tier.Threshold : x >= tier.Threshold) current = tier.Value;
                    else if (nextAt is null)
                    {
                        (nextAt, nextValue, exclusive) = (tier.Threshold, tier.Value, tier.Exclusive);
                    }
                }
            }
            else
            {
                var threshold = plan.ParameterValues[t.From!];
                decimal? gives = t.Gives is { } g ? plan.ParameterValues[g] : null;
                if (x >= threshold) current = gives;
                else (nextAt, nextValue) = (threshold, gives);
            }
            var distance = nextAt - x;
            var text = nextAt is null
                ? EstimateText.Format("Tier_Top", name, Number(x), current is { } c ? Number(c) : "")
                : nextValue is null
                    ? EstimateText.Format("Tier_Threshold", name, Number(x), Number(distance!.Value))
                    : EstimateText.Format(exclusive ? "Tier_NextAbove" : "Tier_Next", name, Number(x), Number(distance!.Value), Number(nextValue.Value));
            result.Add(new TierDistance(t.Code, t.Name, t.NameEn, t.Measure, x, current, nextAt, nextValue, distance, exclusive, text));
        }
        return result;
    }

    private static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
