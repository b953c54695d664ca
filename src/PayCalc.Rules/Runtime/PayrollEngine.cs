using System.Text;
using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Judging;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// Computes every payslip of a period with a compiled plan. Evaluation is column-wise: each component
/// (in dependency order) is computed for all agents before the next, so team-level values (ranks,
/// sums) are ordinary steps. Only executes; everything was validated when the plan was compiled.
/// Stops with a <see cref="ComputeFailedException"/> naming the component when <paramref name="budget"/> (default
/// <see cref="ComputeBudget.Default"/>: 10 minutes a run, 5 s an agent's value) is used up, measured on
/// <paramref name="time"/> (default <see cref="TimeProvider.System"/>).
/// </summary>
public sealed class PayrollEngine(CompiledPlan plan, WorkCalendar calendar, ComputeBudget? budget = null, TimeProvider? time = null,
    PayslipDetail detail = PayslipDetail.Full)
{
    private readonly ComputeBudget _budget = budget ?? ComputeBudget.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Computes the period's payslips; <paramref name="history"/> holds earlier months for the plan's history values.</summary>
    public PayrollResult Compute(PayrollInput input, PayrollHistory? history = null)
    {
        var period = plan.Period;
        if (input.Period != period) throw new ArgumentException($"input is for {input.Period}, plan compiled for {period}.");
        var agents = input.Agents.Where(a => a.IsEmployedIn(period)).OrderBy(a => a.AgentId, StringComparer.Ordinal).ToList();
        var errors = new List<ComputeError>();
        var scopes = BuildScopes(agents, input, history ?? PayrollHistory.Empty, errors);
        if (errors.Count > 0) throw new ComputeFailedException(errors);
        var present = new bool[agents.Count, plan.Components.Count];
        var clock = new BudgetClock(_budget, _time);

        foreach (var c in plan.EvaluationOrder)
        {
            if (c.Definition.Group is { } group) EvaluateGroup(c, group, scopes, present, clock, errors);
            else EvaluateEach(c, scopes, present, clock, errors);
            if (clock.Exceeded) throw new ComputeFailedException(errors);
        }
        if (errors.Count > 0) throw new ComputeFailedException(errors);

        // What every payslip's lines share (code, names, category, formula) is kept once.
        var templates = plan.Components.Where(c => c.Definition.IsLine).Select(c => new PayslipLine
        {
            Code = c.Code,
            Name = c.Definition.Name,
            NameEn = c.Definition.NameEn,
            Category = ToCategory(c.Definition.Category),
            Amount = 0m,
            Formula = c.Template.Text,
        }).ToArray();
        if (templates.Length > ushort.MaxValue) throw new InvalidOperationException($"a plan has at most {ushort.MaxValue} lines.");
        // Judged while every agent's working state is still there: flags and checks read the computed values.
        var flags = Judge(scopes, history ?? PayrollHistory.Empty);
        var payslips = new Payslip[agents.Count];
        // In two halves: an agent's working state (~4.5 KB) is let go as soon as its payslip is made, but it is old
        // (it lived through the judging) and only a full collection frees it. One between the halves lets the second
        // half's payslips take the first half's place instead of adding to it (measured at 100,000 agents: see the commit).
        var half = agents.Count / 2;
        foreach (var (from, to) in new[] { (0, half), (half, agents.Count) })
        {
            Parallel.For(from, to, i =>
            {
                payslips[i] = BuildPayslip(agents[i], scopes[i], i, present, templates);
                scopes[i] = null!;
            });
            if (from == 0 && agents.Count >= FullCollectionBetweenHalvesFrom)
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        return new PayrollResult
        {
            Period = period,
            PlanCode = plan.Definition.Code,
            PlanVersion = plan.Definition.Version,
            LineDefinitions = plan.Components.Where(c => c.Definition.IsLine)
                .Select(c => new LineDefinition(c.Code, c.Definition.Name, c.Definition.NameEn, ToCategory(c.Definition.Category))).ToList(),
            Variables = plan.Components.Where(c => !c.Definition.IsLine)
                .Select(c => new VariableDefinition(c.Code, c.Definition.Name, c.Definition.NameEn, c.Template.Text, c.Definition.Type == RuleValueType.Bool)).ToList(),
            Parameters = plan.ParameterValues.Select(p => new LineInput(p.Key, FormulaText.Display(p.Value))).ToList(),
            Catalog = WithHistoryMonths(plan.Catalog, history ?? PayrollHistory.Empty),
            Payslips = payslips,
            Flags = flags,
        };
    }

    /// <summary>The month's exceptions: the plan's flags and checks, run on NRules over the computed agents.</summary>
    private IReadOnlyList<PayrollFlag> Judge(AgentScope[] scopes, PayrollHistory history)
    {
        if (plan.Checks.Partitions.Count == 0) return [];
        SetTotals(scopes);
        var earlier = history.Pay.Where(p => p.Period.CompareTo(plan.Period) < 0)
            .ToLookup(p => p.AgentId, p => new EarlierMonthFact(p.AgentId, p.Period, plan.Period, p.Gross, p.Net), StringComparer.Ordinal);
        return MonthJudge.Judge(plan.Checks, scopes, earlier);
    }

    /// <summary>Each agent's gross and net as its payslip will show them (earning lines; plus deduction lines).</summary>
    private void SetTotals(AgentScope[] scopes)
    {
        var earnings = plan.Components.Where(c => c.Definition.IsLine && c.Definition.Category == ComponentCategory.Earning).Select(c => c.Slot).ToArray();
        var deductions = plan.Components.Where(c => c.Definition.IsLine && c.Definition.Category == ComponentCategory.Deduction).Select(c => c.Slot).ToArray();
        Parallel.ForEach(scopes, s =>
        {
            var gross = 0m;
            foreach (var slot in earnings) gross += s.V[slot];
            var net = gross;
            foreach (var slot in deductions) net += s.V[slot];
            s.GrossPay = gross;
            s.NetPay = net;
        });
    }

    /// <summary>The plan's catalog with the earlier months each history value read this period.</summary>
    private TraceCatalog WithHistoryMonths(TraceCatalog catalog, PayrollHistory history)
    {
        if (plan.Definition.History.Count == 0) return catalog;
        var names = new Dictionary<string, TraceName>(catalog.Names, StringComparer.Ordinal);
        foreach (var h in plan.Definition.History)
        {
            if (!names.TryGetValue(h.Name, out var about)) continue;
            var from = PayrollHistory.WindowStart(h.Window, plan.Period);
            var months = history.Months.Where(m => m.CompareTo(from) >= 0 && m.CompareTo(plan.Period) < 0).ToList();
            var detail = months.Count switch
            {
                0 => RuleMessages.Format("Detail_ReadNone", about.Detail),
                1 => RuleMessages.Format("Detail_ReadOne", about.Detail, months[0].ToString()),
                _ => RuleMessages.Format("Detail_ReadMany", about.Detail, months[0].ToString(), months[^1].ToString(), months.Count),
            };
            names[h.Name] = about with { Detail = detail };
        }
        return catalog with { Names = names };
    }

    private static void EvaluateEach(CompiledComponent c, AgentScope[] scopes, bool[,] present, BudgetClock clock, List<ComputeError> errors)
    {
        var isLine = c.Definition.IsLine;
        var slot = c.Slot;
        if (scopes.Length == 0) return;
        if (!c.ReadsCollections)
        {
            // Fixed work per agent (bounded at load), and a clock reading costs as much as a small formula:
            // the component is timed as a whole, against the budget of all its agents' values together.
            var started = clock.Now();
            Parallel.For(0, scopes.Length, i => Evaluate(i));
            clock.Check(started, clock.Now(), scopes[^1].AgentId, c.Code, errors, scopes.Length);
            return;
        }
        // Each thread carries the time its previous value was done: one clock reading per value.
        Parallel.For(0, scopes.Length, clock.Now, (i, loop, started) =>
        {
            Evaluate(i);
            var done = clock.Now();
            if (clock.Check(started, done, scopes[i].AgentId, c.Code, errors)) loop.Stop();
            return done;
        }, _ => { });

        void Evaluate(int i)
        {
            var s = scopes[i];
            try
            {
                if (c.When is { } when && !when(s)) s.V[slot] = 0m;
                else
                {
                    var value = c.Amount!(s);
                    // A line is rounded once, here; later components see the amount as printed.
                    s.V[slot] = isLine ? Money.Round(value) : value;
                    present[i, slot] = true;
                }
            }
            catch (Exception ex) when (ex is RuleEvaluationException or DivideByZeroException or OverflowException or ArgumentException or InvalidOperationException)
            {
                lock (errors) errors.Add(new ComputeError(s.AgentId, c.Code, RuleMessages.Of(ex)));
            }
        }
    }

    private static void EvaluateGroup(CompiledComponent c, GroupDefinition group, AgentScope[] scopes, bool[,] present, BudgetClock clock, List<ComputeError> errors)
    {
        var last = clock.Now();
        foreach (var team in Enumerable.Range(0, scopes.Length).GroupBy(i => scopes[i].Team))
        {
            var members = team.Where(i => (c.When?.Invoke(scopes[i]) ?? true) && (c.GroupWhere?.Invoke(scopes[i]) ?? true))
                .Select(i => (Index: i, Value: c.GroupValue!(scopes[i]))).ToList();
            foreach (var i in team) scopes[i].V[c.Slot] = 0m;
            switch (group.Kind)
            {
                case GroupKind.Sum:
                case GroupKind.Count:
                    var total = members.Sum(m => m.Value);
                    foreach (var i in team) scopes[i].V[c.Slot] = total;
                    break;
                case GroupKind.Rank:
                    // Competition ranking: equal values share a place and the next place is skipped (1, 1, 3).
                    foreach (var m in members)
                        scopes[m.Index].V[c.Slot] = 1 + members.Count(o => group.Descending ? o.Value > m.Value : o.Value < m.Value);
                    break;
            }
            foreach (var i in team) present[i, c.Slot] = true;
            // A team's values are computed together: its budget is its agents' budgets together.
            var now = clock.Now();
            if (clock.Check(last, now, scopes[team.First()].AgentId, c.Code, errors, team.Count())) return;
            last = now;
        }
        if (c.Definition.IsLine)
            foreach (var s in scopes) s.V[c.Slot] = Money.Round(s.V[c.Slot]);
    }

    private Payslip BuildPayslip(Agent agent, AgentScope scope, int index, bool[,] present, PayslipLine[] templates)
    {
        if (detail == PayslipDetail.AmountsOnly) return AmountsOnly(agent, scope, index, present, templates);
        // The explanations of all lines are rendered into one text, then kept as one UTF-8 buffer per payslip.
        var text = t_explanations ??= new StringBuilder(8192);
        text.Clear();
        var shown = new List<(int Template, CompiledComponent Component, int End)>(plan.LineCount);
        var trace = new List<TraceValue>(plan.Components.Count - plan.LineCount);
        var line = 0;
        foreach (var c in plan.Components)
        {
            var isLine = c.Definition.IsLine;
            var template = isLine ? line++ : -1;
            if (!present[index, c.Slot]) continue;
            if (!isLine)
            {
                // A variable keeps its exact value; its formula is re-rendered on demand from the facts below.
                trace.Add(new TraceValue(c.Code, scope.V[c.Slot]));
                continue;
            }
            c.Template.AppendTo(text, scope);
            shown.Add((template, c, text.Length));
        }
        // Copied into a reused buffer rather than made a string: 100,000 throw-away strings of ~3.6 KB would be
        // ~360 MB more garbage while the payslips are built, the moment the process is at its largest.
        if (t_chars is null || t_chars.Length < text.Length) t_chars = new char[Math.Max(text.Length, 8192)];
        text.CopyTo(0, t_chars, 0, text.Length);
        var chars = t_chars.AsSpan(0, text.Length);
        var which = new ushort[shown.Count];
        var amounts = new decimal[shown.Count];
        var ends = new int[shown.Count];
        int charStart = 0, byteEnd = 0;
        for (var n = 0; n < shown.Count; n++)
        {
            var (t, c, end) = shown[n];
            which[n] = (ushort)t;
            amounts[n] = scope.V[c.Slot];
            byteEnd += Encoding.UTF8.GetByteCount(chars[charStart..end]);
            ends[n] = byteEnd;
            charStart = end;
        }
        var utf8 = new byte[byteEnd];
        Encoding.UTF8.GetBytes(chars, utf8);
        var lines = new CompactLines(templates, which, amounts, utf8, ends);
        var facts = new LineInput[plan.Facts.Count];
        for (var k = 0; k < facts.Length; k++) facts[k] = new LineInput(plan.Facts[k].Name, plan.Facts[k].Display(scope));
        List<LineRows>? rows = null;
        // A line of 0 lists no rows: at 100,000 agents most aggregate lines are 0 for most agents (no night shift,
        // no deal), and finding their rows again would cost as much as computing them.
        foreach (var (_, c, _) in shown)
            if (c.Rows is { } probe && scope.V[c.Slot] != 0m && probe.Collect(scope) is { Length: > 0 } found)
                (rows ??= []).Add(new LineRows(c.Code, found));
        return new Payslip
        {
            AgentId = agent.AgentId, Name = agent.Name, Team = agent.Team, Lines = lines, Trace = trace, Facts = facts,
            Rows = rows is null ? [] : rows,
        };
    }

    /// <summary>A payslip of amounts only (<see cref="PayslipDetail.AmountsOnly"/>): the lines present, no explanation.</summary>
    private Payslip AmountsOnly(Agent agent, AgentScope scope, int index, bool[,] present, PayslipLine[] templates)
    {
        var count = 0;
        foreach (var c in plan.Components)
            if (c.Definition.IsLine && present[index, c.Slot]) count++;
        var which = new ushort[count];
        var amounts = new decimal[count];
        int line = 0, n = 0;
        foreach (var c in plan.Components)
        {
            if (!c.Definition.IsLine) continue;
            var template = line++;
            if (!present[index, c.Slot]) continue;
            which[n] = (ushort)template;
            amounts[n++] = scope.V[c.Slot];
        }
        return new Payslip
        {
            AgentId = agent.AgentId, Name = agent.Name, Team = agent.Team,
            Lines = new CompactLines(templates, which, amounts, [], new int[count]), Trace = [], Facts = [], Rows = [],
        };
    }

    /// <summary>Below this many agents the working state is small and a full collection would cost more than it saves.</summary>
    private const int FullCollectionBetweenHalvesFrom = 20_000;

    [ThreadStatic]
    private static StringBuilder? t_explanations;

    [ThreadStatic]
    private static char[]? t_chars;

    private static void SetAgentFacts(AgentScope s, Agent a, Period period)
    {
        s.MonthOfYear = period.Month;
        s.SpecialAdditionalDeduction = a.SpecialAdditionalDeduction ?? 0m;
        s.HasContributionBase = a.ContributionBase is not null;
        s.DeclaredContributionBase = a.ContributionBase ?? 0m;
        s.HasHousingFundRate = a.HousingFundRate is not null;
        s.DeclaredHousingFundRate = a.HousingFundRate ?? 0m;
        s.FirstWageIncomeOfYear = a.FirstWageIncomeOfYear;
        s.PriorYearLowIncome = a.PriorYearLowIncome;
        s.HasContractTerm = a.ContractTermMonths is not null;
        s.ContractTermMonths = a.ContractTermMonths ?? 0;
        s.EmployedOnMonthEnd = a.IsEmployedOn(period.LastDay);
        s.MonthEndsEmployedThisYear = Enumerable.Range(1, period.Month).Count(m => a.IsEmployedOn(new Period(period.Year, m).LastDay));
        s.QuarterEndMonth = period.Month % 3 == 0;
        s.ProbationMonths = a.ProbationEnd is { } end ? MonthsBetween(a.HireDate, end.AddDays(1)) : 0m;
    }

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/> (exclusive): whole months, then the
    /// remaining days as a fraction of the following month's length (hire 1 Mar, end 31 May = 3).</summary>
    internal static decimal MonthsBetween(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0m;
        var whole = 0;
        while (from.AddMonths(whole + 1) <= to) whole++;
        var start = from.AddMonths(whole);
        var length = start.AddMonths(1).DayNumber - start.DayNumber;
        return whole + (decimal)(to.DayNumber - start.DayNumber) / length;
    }

    private static LineCategory ToCategory(ComponentCategory c) => c switch
    {
        ComponentCategory.Earning => LineCategory.Earning,
        ComponentCategory.Deduction => LineCategory.Deduction,
        ComponentCategory.Employer => LineCategory.Employer,
        _ => LineCategory.Info,
    };

    private AgentScope[] BuildScopes(List<Agent> agents, PayrollInput input, PayrollHistory history, List<ComputeError> errors)
    {
        var historyDefs = plan.Definition.History;
        var openings = input.YtdBalances.Where(b => b.Year == plan.Period.Year)
            .GroupBy(b => b.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var period = plan.Period;
        var days = period.Days().Select(d => (Day: d, Type: calendar.DayTypeOf(d))).ToArray();
        var workingDays = days.Count(d => d.Type == DayType.WorkingDay);
        var shifts = input.Shifts.Where(s => period.Contains(s.Date)).ToLookup(s => s.AgentId, StringComparer.Ordinal);
        var leave = input.Leave.Where(l => period.Contains(l.Date)).ToLookup(l => l.AgentId, StringComparer.Ordinal);
        var deals = input.Deals.ToLookup(d => d.AgentId, StringComparer.Ordinal);
        var metrics = input.Metrics.Where(m => m.Period == period).ToDictionary(m => m.AgentId, StringComparer.Ordinal);
        var teamMetrics = input.TeamMetrics.Where(m => m.Period == period).ToDictionary(m => m.Team, StringComparer.Ordinal);
        var dayType = days.ToDictionary(d => d.Day, d => d.Type);

        var scopes = new AgentScope[agents.Count];
        Parallel.For(0, agents.Count, i =>
        {
            var a = agents[i];
            var s = new AgentScope(plan.Components.Count, plan.MetricNames.Count, plan.TextMetricNames.Count, plan.TeamMetricNames.Count, historyDefs.Count)
            {
                AgentId = a.AgentId,
                Team = a.Team,
                BaseSalary = a.BaseSalary,
                WorkingDays = workingDays,
                CalendarDays = days.Length,
                Formatted = new string?[plan.FormattedValueCount],
            };
            int employed = 0, probation = 0, employedCalendar = 0;
            DateOnly? lastEmployed = null;
            foreach (var (day, type) in days)
            {
                if (!a.IsEmployedOn(day)) continue;
                employedCalendar++;
                lastEmployed = day;
                if (type != DayType.WorkingDay) continue;
                employed++;
                if (a.IsOnProbationOn(day)) probation++;
            }
            s.EmployedWorkingDays = employed;
            s.ProbationWorkingDays = probation;
            s.EmployedCalendarDays = employedCalendar;
            s.OnProbationLastEmployedDay = lastEmployed is { } last && a.IsOnProbationOn(last);
            SetAgentFacts(s, a, period);
            var city = plan.ResolveCity(a.City);
            if (city is null)
                lock (errors) errors.Add(new ComputeError(a.AgentId, "city", RuleMessages.Format("Compute_NoCityProfile", a.City)));
            else
            {
                s.City = city;
                if (plan.CityValues.TryGetValue(city, out var values)) s.C = values;
            }
            openings.TryGetValue(a.AgentId, out var opening);
            s.HasOpeningBalance = opening is not null;
            for (var k = 0; k < historyDefs.Count; k++)
                if (historyDefs[k].ByMonth) s.HM[k] = history.MonthlyOf(historyDefs[k], a.AgentId, period);
                else s.H[k] = history.ValueOf(historyDefs[k], a.AgentId, period, opening);
            s.Shifts = shifts[a.AgentId].Select(x => new ShiftFact(x, dayType[x.Date])).ToList();
            s.Leave = leave[a.AgentId].Select(x => new LeaveFact(x)).ToList();
            s.Deals = deals[a.AgentId].Select(x => new DealFact(x, period)).ToList();
            if (metrics.TryGetValue(a.AgentId, out var m))
            {
                s.HasMetrics = true;
                for (var k = 0; k < plan.MetricNames.Count; k++) s.M[k] = m.Numbers.GetValueOrDefault(plan.MetricNames[k]);
                for (var k = 0; k < plan.TextMetricNames.Count; k++) s.T[k] = m.Texts.GetValueOrDefault(plan.TextMetricNames[k]) ?? "";
            }
            else
                for (var k = 0; k < s.T.Length; k++) s.T[k] = "";
            if (teamMetrics.TryGetValue(a.Team, out var tm))
            {
                s.HasTeamMetrics = true;
                for (var k = 0; k < plan.TeamMetricNames.Count; k++) s.TM[k] = tm.Numbers.GetValueOrDefault(plan.TeamMetricNames[k]);
            }
            scopes[i] = s;
        });
        return scopes;
    }
}
