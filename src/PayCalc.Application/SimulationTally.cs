using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Domain.Simulation;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// Compares each simulated month with its stored payslips and adds it up: costs per month, team and line, nets per agent,
/// exceptions that appear or disappear. Holds sums only (not the payslips), so a range of 100,000-agent months fits.
/// </summary>
internal sealed class SimulationTally(IReadOnlyList<Period> periods)
{
    private const string All = "";
    private static readonly string[] Totals = ["gross", "net", "employer_cost"];

    private readonly Dictionary<(Period Period, string Team, string Code), decimal[]> _costs = [];
    private readonly Dictionary<string, (string Name, string Category)> _lines = new(StringComparer.Ordinal);
    private readonly List<string> _lineOrder = [];
    private readonly Dictionary<string, AgentSums> _agents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lineChanged = new(StringComparer.Ordinal);
    private readonly List<SimulationFlagChange> _flags = [];

    /// <summary>Compares one month; returns the agents' payslips side by side (for the JSON), in agent id order.</summary>
    public List<SimulationPayslip> Add(Period period, StoredMonth stored, PayrollResult proposed)
    {
        var index = IndexOf(period);
        foreach (var l in stored.Lines.Concat(proposed.LineDefinitions)) Define(l.Code, l.Name, l.Category);
        var categories = _lines.ToDictionary(l => l.Key, l => l.Value.Category, StringComparer.Ordinal);
        var byAgent = proposed.Payslips.ToDictionary(p => p.AgentId, StringComparer.Ordinal);
        var slips = new List<SimulationPayslip>(Math.Max(stored.Payslips.Count, proposed.Payslips.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in stored.Payslips)
        {
            seen.Add(s.AgentId);
            var p = byAgent.GetValueOrDefault(s.AgentId);
            slips.Add(Compare(period, index, categories, s, p));
        }
        foreach (var p in proposed.Payslips.Where(p => !seen.Contains(p.AgentId)))
            slips.Add(Compare(period, index, categories, null, p));
        slips.Sort((a, b) => string.CompareOrdinal(a.AgentId, b.AgentId));

        static (string, string, string) Key(PayrollFlag f) => (f.AgentId, f.Code, f.Message);
        var before = stored.Flags.Select(Key).ToHashSet();
        var after = proposed.Flags.Select(Key).ToHashSet();
        _flags.AddRange(proposed.Flags.Where(f => !before.Contains(Key(f))).Select(f => new SimulationFlagChange(period, f.AgentId, f.Code, f.Message, true)));
        _flags.AddRange(stored.Flags.Where(f => !after.Contains(Key(f))).Select(f => new SimulationFlagChange(period, f.AgentId, f.Code, f.Message, false)));
        return slips;
    }

    private SimulationPayslip Compare(Period period, int index, Dictionary<string, string> categories, StoredPayslipAmounts? stored, Payslip? proposed)
    {
        var agentId = stored?.AgentId ?? proposed!.AgentId;
        var name = proposed?.Name ?? stored!.Name;
        var team = proposed?.Team ?? stored!.Team;
        var lines = new List<SimulationLine>((stored?.Lines.Count ?? 0) + 2);
        var proposedLines = proposed?.Lines ?? [];
        var storedLines = stored?.Lines ?? [];
        var sameOrder = storedLines.Count == proposedLines.Count;
        for (var i = 0; sameOrder && i < storedLines.Count; i++) sameOrder = storedLines[i].Code == proposedLines[i].Code;
        if (sameOrder)
            for (var i = 0; i < storedLines.Count; i++) lines.Add(new SimulationLine(storedLines[i].Code, storedLines[i].Amount, proposedLines[i].Amount));
        else
        {
            var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var l in proposedLines) amounts[l.Code] = amounts.GetValueOrDefault(l.Code) + l.Amount;
            var order = storedLines.Select(l => l.Code).Concat(proposedLines.Select(l => l.Code)).Distinct(StringComparer.Ordinal);
            var storedAmounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var l in storedLines) storedAmounts[l.Code] = storedAmounts.GetValueOrDefault(l.Code) + l.Amount;
            lines.AddRange(order.Select(c => new SimulationLine(c, storedAmounts.GetValueOrDefault(c), amounts.GetValueOrDefault(c))));
        }

        decimal baseEmployer = 0, propEmployer = 0;
        var changed = false;
        foreach (var l in lines)
        {
            if (l.Baseline != l.Proposed) changed = true;
            var category = categories.GetValueOrDefault(l.Code, "info");
            if (category is "employer") { baseEmployer += l.Baseline; propEmployer += l.Proposed; }
            if (category is "info") continue;
            Add(period, team, l.Code, l.Baseline, l.Proposed);
        }
        var baseGross = stored?.Gross ?? 0m;
        var baseNet = stored?.Net ?? 0m;
        var propGross = proposed?.Gross ?? 0m;
        var propNet = proposed?.Net ?? 0m;
        Add(period, team, "gross", baseGross, propGross);
        Add(period, team, "net", baseNet, propNet);
        Add(period, team, "employer_cost", stored is null ? 0m : baseGross + baseEmployer, proposed?.EmployerCost ?? 0m);
        Add(period, team, "agents", stored is null ? 0 : 1, proposed is null ? 0 : 1);

        if (changed || stored is null || proposed is null) _lineChanged.Add(agentId);
        if (!_agents.TryGetValue(agentId, out var sums)) _agents[agentId] = sums = new AgentSums(name, team, periods.Count);
        sums.BaselineNet += baseNet;
        sums.ProposedNet += propNet;
        sums.Months[index] += propNet - baseNet;
        return new SimulationPayslip(agentId, name, team, stored is not null, proposed is not null, baseNet, propNet, lines);
    }

    public SimulationReport Report(string name, string planPath, IReadOnlyList<string> warnings)
    {
        var agents = _agents.Where(a => a.Value.BaselineNet != a.Value.ProposedNet || a.Value.Months.Any(m => m != 0))
            .Select(a => new SimulationAgent(a.Key, a.Value.Name, a.Value.Team, a.Value.BaselineNet, a.Value.ProposedNet, a.Value.Months))
            .OrderByDescending(a => Math.Abs(a.Difference)).ThenByDescending(a => a.Difference).ThenBy(a => a.AgentId, StringComparer.Ordinal).ToList();
        var net = _costs.Where(c => c.Key.Team == All && c.Key.Code == "net").Sum(c => c.Value[1] - c.Value[0]);
        return new SimulationReport
        {
            Name = name,
            PlanPath = planPath,
            Periods = periods,
            Costs = Costs(team => team == All, keepUnchanged: true),
            TeamCosts = Costs(team => team != All, keepUnchanged: false),
            Agents = agents,
            FlagChanges = _flags.OrderBy(f => f.Period).ThenBy(f => f.AgentId, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ToList(),
            AgentsCompared = _agents.Count,
            AgentsWithLineChanges = _lineChanged.Count,
            NetDifference = net,
            Warnings = warnings,
        };
    }

    /// <summary>Per month then the range (period null): the totals then each line in plan order; teams in order.
    /// Without <paramref name="keepUnchanged"/> a line whose cost does not change is left out (the totals stay).</summary>
    private List<SimulationCost> Costs(Func<string, bool> teams, bool keepUnchanged)
    {
        var codes = new[] { "agents" }.Concat(Totals).Concat(_lineOrder).ToList();
        // Grouped by team once: thousands of teams, each looked for in every cost, took minutes at 100,000 agents.
        var byTeam = _costs.Where(c => teams(c.Key.Team)).GroupBy(c => c.Key.Team, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var result = new List<SimulationCost>();
        foreach (var rows in byTeam)
        {
            var team = rows.Key;
            var ofTeam = rows.ToDictionary(r => (r.Key.Period, r.Key.Code), r => r.Value);
            foreach (Period? period in periods.Select(p => (Period?)p).Append(null))
                foreach (var code in codes)
                {
                    decimal b = 0, p = 0;
                    var found = false;
                    foreach (var month in period is { } one ? [one] : periods)
                        if (ofTeam.TryGetValue((month, code), out var v)) { b += v[0]; p += v[1]; found = true; }
                    if (!found) continue;
                    var isTotal = code == "agents" || Totals.Contains(code);
                    if (!keepUnchanged && !isTotal && b == p) continue;
                    var (name, category) = isTotal ? (TotalName(code), "total") : _lines[code];
                    result.Add(new SimulationCost(period, team, code, name, category, b, p));
                }
        }
        return result;
    }

    private static string TotalName(string code) => code switch
    {
        "agents" => "人数 payslips",
        "gross" => "应发合计 gross",
        "net" => "实发合计 net",
        _ => "用工成本 employer cost",
    };

    private void Add(Period period, string team, string code, decimal baseline, decimal proposed)
    {
        foreach (var t in team == All ? [All] : new[] { All, team })
        {
            if (!_costs.TryGetValue((period, t, code), out var sums)) _costs[(period, t, code)] = sums = new decimal[2];
            sums[0] += baseline;
            sums[1] += proposed;
        }
    }

    private void Define(string code, string name, LineCategory category)
    {
        if (_lines.ContainsKey(code)) return;
        _lines[code] = (name, category.ToString().ToLowerInvariant());
        _lineOrder.Add(code);
    }

    private int IndexOf(Period period)
    {
        for (var i = 0; i < periods.Count; i++) if (periods[i] == period) return i;
        throw new ArgumentOutOfRangeException(nameof(period));
    }

    private sealed class AgentSums(string name, string team, int months)
    {
        public string Name { get; } = name;
        public string Team { get; } = team;
        public decimal BaselineNet { get; set; }
        public decimal ProposedNet { get; set; }
        public decimal[] Months { get; } = new decimal[months];
    }
}
