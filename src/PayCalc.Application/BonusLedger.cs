using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Ledger;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// The bonus ledger of a year (<c>paycalc ledger</c>): for every agent and stored month, each commission, clawback,
/// bonus and adjustment line, the deals behind commission and clawback lines, and per agent a reconciliation. Read from
/// the stored payslips' traces (the one structured trace), for any plan, with no line code of a plan written here.
/// <para>
/// Which lines (the rule, decided from the stored run's components and trace, not per plan): an <b>earning</b> line,
/// not 0, is in the ledger when
/// (1) its formula aggregates the month's <c>deals</c> (its trace rows are deals, <see cref="RowShape.Collection"/>
/// <c>deals</c>) or reads, through the plan's variables, a value that does: a <see cref="LedgerKind.Commission"/>, or
/// a <see cref="LedgerKind.Clawback"/> when its amount is negative;
/// (2) else, its formula reads, directly or through the plan's variables, a value of earlier stored months
/// (<see cref="TraceKind.History"/>) or an engine fact about the year or quarter rather than the month
/// (<see cref="PeriodFacts"/>): a <see cref="LedgerKind.Bonus"/> (quarterly and annual bonuses; fixed monthly pay,
/// overtime, allowances and monthly KPI pay read neither);
/// (3) the adjustment lines of corrections (<see cref="Adjustment.Code"/>) are <see cref="LedgerKind.Adjustment"/>.
/// A marker in the plan would need loader changes; this rule needs none and follows the formulas as they are.
/// </para>
/// </summary>
public sealed class BonusLedger(TextWriter output, TextWriter errors, TimeProvider time)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Engine facts that describe the agent's year or quarter, not the month: a line reading one is paid by period.</summary>
    public static readonly IReadOnlySet<string> PeriodFacts =
        new HashSet<string>(["month_ends_employed_this_year", "quarter_end_month", "month_of_year"], StringComparer.Ordinal);

    /// <summary>Prints the ledger of <paramref name="year"/> (every agent's reconciliation; with <paramref name="agentId"/>,
    /// that agent's lines and deals too) and writes <c>ledger-&lt;year&gt;.xlsx</c> into <paramref name="outFolder"/>.
    /// Exit codes as <c>run</c>: 0, 1 nothing to show.</summary>
    public int Run(string databasePath, int year, string? agentId, string outFolder, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        if (!File.Exists(databasePath))
        {
            errors.WriteLine(ToolText.Format("Tool_NoDatabase", databasePath));
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        var report = Build(store, year, agentId);
        if (report.Months.Count == 0)
        {
            errors.WriteLine(ToolText.Format("Ledger_NoRun", year.ToString(Inv), databasePath));
            return PayrollRunner.Failure;
        }
        if (agentId is not null && report.Agents.Count == 0)
        {
            errors.WriteLine(ToolText.Format("Ledger_NoPayslip", agentId, year.ToString(Inv), string.Join(", ", report.Months)));
            return PayrollRunner.Failure;
        }
        output.Write(Render(report, details: agentId is not null));
        var path = LedgerWorkbookWriter.Write(outFolder, report, time.GetUtcNow());
        output.WriteLine(ToolText.Format("Ledger_Written", path));
        return PayrollRunner.Ok;
    }

    /// <summary>The ledger of <paramref name="year"/> from the stored runs (of <paramref name="agentId"/> only, when given):
    /// every agent with a stored payslip in the year has a reconciliation, 0 when the ledger lists none of its lines.</summary>
    public static BonusLedgerReport Build(PayrollStore store, int year, string? agentId = null)
    {
        var months = store.Runs.PeriodsWithRuns(new Period(year, 1), new Period(year, 12));
        var lines = new List<LedgerLine>();
        var deals = new List<LedgerDeal>();
        var agents = new Dictionary<string, (string Name, string Team)>(StringComparer.Ordinal);
        foreach (var period in months)
        {
            IReadOnlyList<StoredPayslip> slips = agentId is null
                ? store.Runs.ReadPayslips(period)
                : store.Runs.FindPayslip(period, agentId) is { } one ? [one] : [];
            if (slips.Count == 0) continue;
            var kinds = new Dictionary<string, Reads>(StringComparer.Ordinal);
            DealIndex? stored = null;
            foreach (var slip in slips)
            {
                agents[slip.AgentId] = (slip.Name, slip.Team);
                foreach (var node in slip.Trace.Lines)
                {
                    if (node.Value == 0 && node.Rows.Count == 0) continue;
                    if (!kinds.TryGetValue(node.Code, out var reads)) kinds[node.Code] = reads = ReadsOf(slip.Trace, node);
                    if (KindOf(node, reads) is not { } kind) continue;
                    lines.Add(new LedgerLine { Period = period, AgentId = slip.AgentId, AgentName = slip.Name, Team = slip.Team, Kind = kind, Node = node });
                    if (node.Shape is not { Collection: "deals" } shape || node.Rows.Count == 0) continue;
                    stored ??= new DealIndex(store.Inputs.ReadDeals(period));
                    foreach (var row in node.Rows) deals.Add(DealOf(period, slip.AgentId, node, shape, kind, row, stored));
                }
            }
        }
        deals = WithBookingAccelerator(deals);
        var byAgent = lines.ToLookup(l => l.AgentId, StringComparer.Ordinal);
        var dealCount = deals.GroupBy(d => d.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reconciliation = agents.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
        {
            var own = byAgent[a.Key].ToList();
            decimal Sum(LedgerKind k) => own.Where(l => l.Kind == k).Sum(l => l.Amount);
            return new LedgerAgent
            {
                AgentId = a.Key,
                Name = a.Value.Name,
                Team = a.Value.Team,
                CommissionEarned = Sum(LedgerKind.Commission),
                ClawedBack = -Sum(LedgerKind.Clawback),
                BonusesPaid = Sum(LedgerKind.Bonus),
                Adjustments = Sum(LedgerKind.Adjustment),
                DealCount = dealCount.GetValueOrDefault(a.Key),
            };
        }).ToList();
        var agentOrder = reconciliation.Select((a, i) => (a.AgentId, i)).ToDictionary(x => x.AgentId, x => x.i, StringComparer.Ordinal);
        return new BonusLedgerReport
        {
            Year = year,
            Months = months,
            Lines = lines.OrderBy(l => agentOrder[l.AgentId]).ThenBy(l => l.Period).ToList(),
            Deals = deals.OrderBy(d => agentOrder[d.AgentId]).ThenBy(d => d.Period).ToList(),
            Agents = reconciliation,
        };
    }

    /// <summary>The ledger kind of a payslip line, or null when the ledger leaves it out (see the class summary).</summary>
    private static LedgerKind? KindOf(TraceNode node, Reads reads)
    {
        if (node.Code == Adjustment.Code) return LedgerKind.Adjustment;
        if (node.Category != LineCategory.Earning) return null;
        if (reads.Deals) return node.Value < 0 ? LedgerKind.Clawback : LedgerKind.Commission;
        return reads.BeyondTheMonth ? LedgerKind.Bonus : null;
    }

    /// <summary>What a line's formula reads, directly or through the plan's variables (structural: the same for every
    /// payslip of a run, so it is worked out once per line and month).</summary>
    private static Reads ReadsOf(PayslipTrace trace, TraceNode line)
    {
        var deals = false;
        var beyond = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(TraceNode node)
        {
            if (!seen.Add(node.Code)) return;
            if (node.Shape is { Collection: "deals" }) deals = true;
            foreach (var input in node.Inputs)
                if (input.Kind == TraceKind.History) beyond = true;
            foreach (var (name, isName) in FormulaText.Split(node.Formula))
            {
                if (!isName) continue;
                if (PeriodFacts.Contains(name)) beyond = true;
                if (trace.Find(name) is { Category: null } variable) Visit(variable);
            }
        }
        Visit(line);
        return new Reads(deals, beyond);
    }

    private readonly record struct Reads(bool Deals, bool BeyondTheMonth);

    /// <summary>A trace row joined to its stored deal: by source row, else by agent, booking day and amount.</summary>
    private static LedgerDeal DealOf(Period period, string agentId, TraceNode node, RowShape shape, LedgerKind kind, TraceRow row, DealIndex stored)
    {
        decimal? Field(Func<string, bool> named)
        {
            for (var k = 0; k < shape.Fields.Count && k < row.Fields.Count; k++)
                if (named(shape.Fields[k])) return row.Fields[k];
            return null;
        }
        var amountField = Field(f => f == nameof(Deal.Amount));
        var deal = stored.Find(agentId, row, amountField);
        var rowAccelerator = Field(f => f.Contains("accelerator", StringComparison.OrdinalIgnoreCase));
        var lineAccelerator = node.Inputs.FirstOrDefault(i => i.Kind is TraceKind.Variable or TraceKind.Line
                && i.Name.Contains("accelerator", StringComparison.OrdinalIgnoreCase)
                && decimal.TryParse(i.Value, NumberStyles.Number, Inv, out _)) is { } input
            ? decimal.Parse(input.Value, NumberStyles.Number, Inv)
            : (decimal?)null;
        var amount = deal?.Amount ?? amountField ?? 0m;
        var divisor = amount * (rowAccelerator ?? 1m);
        return new LedgerDeal
        {
            Period = period,
            AgentId = agentId,
            LineCode = node.Code,
            Kind = kind,
            DealId = deal?.DealId ?? "",
            Booked = deal?.BookedDate ?? row.Date,
            Cancelled = deal?.CancelledDate,
            Amount = amount,
            TermMonths = deal?.TermMonths ?? (int)(Field(f => f == nameof(Deal.TermMonths)) ?? 0m),
            Value = row.Value,
            Rate = divisor == 0 ? null : Math.Round(Math.Abs(row.Value / divisor), 6),
            Accelerator = rowAccelerator ?? lineAccelerator,
            Row = TraceText.Row(shape, row),
            Source = row.Source,
        };
    }

    /// <summary>
    /// A clawback row reads the booking month's accelerator from earlier months, not as a field of its own: it is taken
    /// from the same deal's commission row in the booking month, when the ledger has it (the rate then follows).
    /// </summary>
    private static List<LedgerDeal> WithBookingAccelerator(List<LedgerDeal> deals)
    {
        var paid = deals.Where(d => d.Kind == LedgerKind.Commission && d.DealId.Length > 0)
            .GroupBy(d => (d.AgentId, d.DealId)).ToDictionary(g => g.Key, g => g.First());
        return deals.Select(d =>
        {
            if (d.Kind != LedgerKind.Clawback || d.Accelerator is not null || !paid.TryGetValue((d.AgentId, d.DealId), out var booked)
                || booked.Accelerator is not { } accelerator || accelerator == 0 || d.Amount == 0) return d;
            return d with { Accelerator = accelerator, Rate = Math.Round(Math.Abs(d.Value / (d.Amount * accelerator)), 6) };
        }).ToList();
    }

    /// <summary>Prints the ledger: months, the rule, per agent (with <paramref name="details"/>) each line with its rule,
    /// values, inputs and deals, then the reconciliation; and the totals.</summary>
    public static string Render(BonusLedgerReport report, bool details)
    {
        var w = new StringWriter(Inv);
        w.WriteLine(LedgerText.Format("Ledger_Heading", report.Year.ToString(Inv), string.Join(", ", report.Months), report.Agents.Count.ToString(Inv),
            report.Lines.Count.ToString(Inv), report.Deals.Count.ToString(Inv)));
        w.WriteLine(LedgerText.Get("Ledger_Scope1"));
        w.WriteLine(LedgerText.Get("Ledger_Scope2"));
        var dealsOf = report.Deals.ToLookup(d => (d.Period, d.AgentId, d.LineCode));
        var linesOf = report.Lines.ToLookup(l => l.AgentId, StringComparer.Ordinal);
        foreach (var agent in report.Agents)
        {
            if (details)
            {
                w.WriteLine();
                w.WriteLine(LedgerText.Format("Ledger_AgentHeading", agent.AgentId, agent.Name, agent.Team));
                foreach (var line in linesOf[agent.AgentId])
                {
                    var node = line.Node;
                    w.WriteLine("  " + LedgerText.Format("Ledger_Line", line.Period.ToString(), LedgerWorkbookWriter.KindText(line.Kind), node.Code, node.Name, node.NameEn,
                        TraceText.Amount(node.Value)));
                    if (node.Formula.Length > 0) w.WriteLine("      " + TraceWords.Format("Trace_Rule", node.Formula));
                    if (node.Explain != node.Formula) w.WriteLine("      " + TraceWords.Format("Trace_Values", node.Explain));
                    foreach (var input in node.Inputs) w.WriteLine($"        {LedgerWorkbookWriter.Input(input)}");
                    var deals = dealsOf[(line.Period, line.AgentId, node.Code)].ToList();
                    if (deals.Count > 0) w.WriteLine("      " + LedgerText.Format("Ledger_Deals", deals.Count.ToString(Inv)));
                    foreach (var d in deals)
                    {
                        var cancelled = d.Cancelled is { } c ? LedgerText.Format("Ledger_DealCancelled", c.ToString("yyyy-MM-dd", Inv)) : "";
                        var extra = (d.Rate is { } r ? LedgerText.Format("Ledger_DealRate", FormulaText.Display(r)) : "")
                            + (d.Accelerator is { } a ? LedgerText.Format("Ledger_DealAccelerator", FormulaText.Display(a)) : "");
                        w.WriteLine("        " + LedgerText.Format("Ledger_Deal", d.DealId.Length == 0 ? LedgerText.Get("Ledger_NoStoredDeal") : d.DealId,
                            d.Booked.ToString("yyyy-MM-dd", Inv), cancelled, TraceText.Amount(d.Amount), d.TermMonths.ToString(Inv), extra));
                        w.WriteLine($"          {d.Row}");
                    }
                }
                if (!linesOf[agent.AgentId].Any()) w.WriteLine("  " + LedgerText.Get("Ledger_NoLines"));
            }
            else if (agent == report.Agents[0])
            {
                w.WriteLine();
                w.WriteLine(LedgerText.Get("Ledger_PerAgent"));
            }
            w.WriteLine("  " + (details ? Reconciliation(agent) : LedgerText.Format("Ledger_AgentTotals", agent.AgentId, agent.Name, Reconciliation(agent))));
        }
        if (report.Agents.Count > 1)
        {
            w.WriteLine();
            w.WriteLine(LedgerText.Format("Ledger_AllAgents", Reconciliation(new LedgerAgent
            {
                AgentId = "",
                Name = "",
                Team = "",
                CommissionEarned = report.Agents.Sum(a => a.CommissionEarned),
                ClawedBack = report.Agents.Sum(a => a.ClawedBack),
                BonusesPaid = report.Agents.Sum(a => a.BonusesPaid),
                Adjustments = report.Agents.Sum(a => a.Adjustments),
                DealCount = report.Agents.Sum(a => a.DealCount),
            })));
        }
        return w.ToString();
    }

    private static string Reconciliation(LedgerAgent a) =>
        LedgerText.Format("Ledger_Reconciliation", TraceText.Amount(a.CommissionEarned), TraceText.Amount(a.ClawedBack), TraceText.Amount(a.NetCommission),
            TraceText.Amount(a.BonusesPaid), TraceText.Amount(a.Adjustments), TraceText.Amount(a.Total));
}
