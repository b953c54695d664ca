using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Reads rule-test files (the format is documented at the top of <c>rules/tests/README.md</c>). Strict like the plan
/// reader: an unknown key, a bad date or number, a metric or line the plan does not define, a plan that does not load
/// are each recorded in <see cref="Errors"/> with file:line, and reading goes on so that every problem is listed at
/// once. Plans and calendars are loaded once per reader.
/// </summary>
public sealed class RuleTestReader(string rulesDirectory)
{
    private readonly List<RuleError> _errors = [];
    private readonly Dictionary<string, (PlanDefinition? Plan, IReadOnlyList<RuleError> Errors)> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkCalendar?> _calendars = new(StringComparer.Ordinal);

    /// <summary>Every problem found in the files read so far.</summary>
    public IReadOnlyList<RuleError> Errors => _errors;

    /// <summary>The loaded plan at <paramref name="planPath"/> (full path), or null when it does not load.</summary>
    public PlanDefinition? Plan(string planPath) => LoadPlan(planPath).Plan;

    /// <summary>The calendar <paramref name="plan"/> names, from <c>calendars/</c> of the rules folder, or null when it does not load.</summary>
    public WorkCalendar? Calendar(PlanDefinition plan)
    {
        if (_calendars.TryGetValue(plan.Calendar, out var known)) return known;
        WorkCalendar? calendar;
        try
        {
            calendar = CalendarLoader.LoadAll(Path.Combine(rulesDirectory, "calendars"), plan.Calendar);
        }
        catch (RuleLoadException e)
        {
            _errors.AddRange(e.Errors);
            calendar = null;
        }
        return _calendars[plan.Calendar] = calendar;
    }

    /// <summary>The cases of one file; problems go to <see cref="Errors"/> (a case with a problem may be incomplete).</summary>
    public IReadOnlyList<RuleTestCase> Read(string path)
    {
        var file = RuleFile.Display(Path.GetFullPath(path));
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            _errors.Add(new RuleError(file, 0, null, RuleMessages.Format("Case_CannotRead", e.Message)));
            return [];
        }
        var errors = new List<RuleError>();
        var root = RuleFile.ReadRoot(text, file, errors);
        var cases = new List<RuleTestCase>();
        if (root is not null)
        {
            var top = new YamlMap(root, file, errors, null);
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var (planPath, plan) = ReadPlan(top, directory, file, errors);
            if (top.OptionalSequence("cases") is { } list)
            {
                foreach (var node in list.Children)
                    if (node is YamlMappingNode m) cases.Add(ReadCase(new YamlMap(m, file, errors, null), file, directory, planPath, plan, errors));
                    else errors.Add(new RuleError(file, YamlMap.LineOf(node), null, RuleMessages.Get("Case_NotMapping")));
                var duplicate = cases.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1);
                foreach (var g in duplicate) errors.Add(new RuleError(file, g.Last().Line, null, RuleMessages.Format("Case_DuplicateName", g.Key)));
            }
            else if (errors.Count == 0) errors.Add(new RuleError(file, top.Line, null, RuleMessages.Get("Case_MissingCases")));
            top.RejectUnknownKeys();
        }
        _errors.AddRange(errors);
        return cases;
    }

    private (string Path, PlanDefinition? Plan) ReadPlan(YamlMap map, string directory, string file, List<RuleError> errors)
    {
        var written = map.RequiredText("plan");
        if (written.Length == 0) return ("", null);
        // Relative to the case file, else to the rules folder.
        var path = RuleFile.Resolve(directory, written);
        if (!File.Exists(path) && File.Exists(RuleFile.Resolve(rulesDirectory, written))) path = RuleFile.Resolve(rulesDirectory, written);
        var line = map.LineOfKey("plan");
        if (!File.Exists(path))
        {
            errors.Add(new RuleError(file, line, null, RuleMessages.Format("Case_PlanNotFound", written, rulesDirectory)));
            return (path, null);
        }
        var (plan, planErrors) = LoadPlan(path);
        if (plan is null)
        {
            errors.Add(new RuleError(file, line, null, RuleMessages.Format("Case_PlanDoesNotLoad", written, planErrors.Count)));
            errors.AddRange(planErrors);
        }
        return (path, plan);
    }

    private (PlanDefinition? Plan, IReadOnlyList<RuleError> Errors) LoadPlan(string path)
    {
        if (_plans.TryGetValue(path, out var known)) return known;
        if (!File.Exists(path)) return _plans[path] = (null, [new RuleError(RuleFile.Display(path), 0, null, RuleMessages.Get("Case_PlanFileNotFound"))]);
        try
        {
            return _plans[path] = (PlanLoader.Load(RuleFile.Display(path)), []);
        }
        catch (RuleLoadException e)
        {
            return _plans[path] = (null, e.Errors);
        }
    }

    private RuleTestCase ReadCase(YamlMap map, string file, string directory, string planPath, PlanDefinition? plan, List<RuleError> errors)
    {
        var name = map.RequiredText("name");
        map.Code = name;
        if (map.Node("plan") is not null) (planPath, plan) = ReadPlan(map, directory, file, errors);
        var calendar = plan is null ? null : Calendar(plan);
        var agents = new List<Agent>();
        var ytd = new List<YtdBalance>();
        var single = map.OptionalMapping("agent");
        var many = map.OptionalSequence("agents");
        if (single is not null && many is not null) map.Error(many, RuleMessages.Get("Case_AgentOrAgents"));
        if (single is not null) agents.Add(ReadAgent(map.Nested(single), ytd));
        foreach (var node in many?.Children ?? [])
            if (node is YamlMappingNode m) agents.Add(ReadAgent(map.Nested(m), ytd));
            else map.Error(node, RuleMessages.Get("Case_AgentNotMapping"));
        if (single is null && many is null) map.Error(map.Line, "missing 'agent' (one agent) or 'agents' (a list of agents).");
        foreach (var g in agents.GroupBy(a => a.AgentId, StringComparer.Ordinal).Where(g => g.Count() > 1))
            map.Error(map.Line, RuleMessages.Format("Case_AgentTwice", g.Key));

        var months = new List<RuleTestMonth>();
        if (map.OptionalSequence("months") is { } list)
        {
            foreach (var node in list.Children)
                if (node is YamlMappingNode m) months.Add(ReadMonth(map.Nested(m), file, agents, plan, calendar));
                else map.Error(node, RuleMessages.Get("Case_MonthNotMapping"));
            for (var i = 1; i < months.Count; i++)
                if (months[i].Period.CompareTo(months[i - 1].Period) <= 0)
                    map.Error(months[i].Line, RuleMessages.Format("Case_MonthsOrder", months[i].Period, months[i - 1].Period));
            if (months.All(m => m.Expectations.Count == 0))
                map.Error(map.Line, RuleMessages.Get("Case_ExpectsNothing"));
        }
        else map.Error(map.Line, RuleMessages.Get("Case_MissingMonths"));
        map.RejectUnknownKeys();
        return new RuleTestCase { Name = name, File = file, Line = map.Line, PlanPath = planPath, Agents = agents, Ytd = ytd, Months = months };
    }

    private static Agent ReadAgent(YamlMap map, List<YtdBalance> ytd)
    {
        var id = map.OptionalText("id") ?? "A001";
        var agent = new Agent
        {
            AgentId = id,
            Name = map.OptionalText("name") ?? id,
            Team = map.OptionalText("team") ?? "T1",
            HireDate = map.OptionalDate("hire_date") ?? new DateOnly(2025, 3, 1),
            ProbationEnd = Date(map, "probation_end"),
            TerminationDate = Date(map, "termination_date"),
            BaseSalary = Number(map, "base_salary", required: true) ?? 0m,
            City = map.OptionalText("city") is { Length: > 0 } city ? city : null,
            ContributionBase = Number(map, "contribution_base"),
            HousingFundRate = Number(map, "housing_fund_rate"),
            SpecialAdditionalDeduction = Number(map, "special_additional_deduction"),
            ContractTermMonths = Number(map, "contract_months") is { } months ? (int)months : null,
            FirstWageIncomeOfYear = map.OptionalBool("first_income_of_year", false),
            PriorYearLowIncome = map.OptionalBool("prior_year_low_income", false),
        };
        if (map.OptionalMapping("ytd") is { } node)
        {
            var y = map.Nested(node);
            ytd.Add(new YtdBalance
            {
                AgentId = id,
                Year = (int)(Number(y, "year", required: true) ?? 0),
                Months = (int)(Number(y, "months", required: true) ?? 0),
                Income = Number(y, "income") ?? 0m,
                SpecialDeductions = Number(y, "special_deductions") ?? 0m,
                AdditionalDeductions = Number(y, "additional_deductions") ?? 0m,
                TaxWithheld = Number(y, "tax_withheld") ?? 0m,
            });
            y.RejectUnknownKeys();
        }
        map.RejectUnknownKeys();
        return agent;
    }

    private static readonly string[] AgentMonthKeys = ["shifts", "leave", "metrics", "deals", "expect", "stored"];

    private static RuleTestMonth ReadMonth(YamlMap map, string file, List<Agent> agents, PlanDefinition? plan, WorkCalendar? calendar)
    {
        var text = map.RequiredText("month");
        if (!Period.TryParse(text, out var period) && text.Length > 0) map.Error(map.LineOfKey("month"), RuleMessages.Format("Case_NotAMonth", text));
        var month = new MonthParts(period, file);
        if (map.OptionalMapping("team_metrics") is { } teams)
            foreach (var (key, value) in teams.Children)
            {
                var team = ((YamlScalarNode)key).Value ?? "";
                if (value is not YamlMappingNode values) { map.Error(value, RuleMessages.Format("Case_TeamMetricsNotMapping", team)); continue; }
                var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var (k, v) in values.Children)
                {
                    var metric = ((YamlScalarNode)k).Value ?? "";
                    if (plan is not null && !plan.Inputs.TeamMetrics.Contains(metric))
                        map.Error(k, RuleMessages.Format("Case_NotATeamMetric", metric, plan.Code, List(plan.Inputs.TeamMetrics)));
                    if (ScalarNumber(map, v, metric) is { } n) numbers[metric] = n;
                }
                month.TeamMetrics.Add(new TeamMetrics { Team = team, Period = period, Numbers = numbers });
            }

        var byAgent = map.OptionalMapping("agents");
        var direct = AgentMonthKeys.Any(k => map.Node(k) is not null);
        if (byAgent is not null && direct) map.Error(byAgent, RuleMessages.Get("Case_AgentsOrDirect"));
        if (direct)
        {
            if (agents.Count != 1) map.Error(map.Line, RuleMessages.Format("Case_ManyAgents", agents.Count));
            else ReadAgentMonth(map, agents[0], month, plan, calendar);
        }
        foreach (var (key, value) in byAgent?.Children.AsEnumerable() ?? [])
        {
            var id = ((YamlScalarNode)key).Value ?? "";
            var agent = agents.FirstOrDefault(a => a.AgentId == id);
            if (agent is null) map.Error(key, RuleMessages.Format("Case_NotCaseAgent", id, List(agents.Select(a => a.AgentId))));
            else if (value is YamlMappingNode m) ReadAgentMonth(map.Nested(m), agent, month, plan, calendar);
            else map.Error(value, RuleMessages.Format("Case_AgentMonthNotMapping", id));
        }
        if (month.Stored.Count > 0 && (month.Expectations.Count > 0 || month.Shifts.Count > 0 || month.Metrics.Count > 0 || month.Deals.Count > 0
            || month.Leave.Count > 0 || month.TeamMetrics.Count > 0))
            map.Error(map.Line, RuleMessages.Get("Case_StoredOrComputed"));
        map.RejectUnknownKeys();
        return new RuleTestMonth
        {
            Period = period, Line = map.Line, Shifts = month.Shifts, Leave = month.Leave, Deals = month.Deals, Metrics = month.Metrics,
            TeamMetrics = month.TeamMetrics, Expectations = month.Expectations, Stored = month.Stored,
        };
    }

    private static void ReadAgentMonth(YamlMap map, Agent agent, MonthParts month, PlanDefinition? plan, WorkCalendar? calendar)
    {
        var id = agent.AgentId;
        foreach (var node in map.OptionalSequence("shifts")?.Children ?? [])
        {
            if (node is not YamlMappingNode m) { map.Error(node, RuleMessages.Get("Case_ShiftNotMapping")); continue; }
            var s = map.Nested(m);
            var start = Time(s, "start");
            var end = Time(s, "end");
            var breakMinutes = (int)(Number(s, "break") ?? 0m);
            var date = s.RequiredText("date");
            IEnumerable<DateOnly> dates;
            if (date == "working_days")
                dates = calendar is null ? [] : month.Period.Days().Where(d => calendar.IsWorkingDay(d) && agent.IsEmployedOn(d));
            else if (YamlMap.TryDate(date, out var day)) dates = [day];
            else
            {
                if (date.Length > 0) s.Error(s.LineOfKey("date"), RuleMessages.Format("Case_ShiftDate", date));
                dates = [];
            }
            foreach (var d in dates)
                month.Shifts.Add(new Shift { AgentId = id, Date = d, Start = start, End = end, BreakMinutes = breakMinutes, Source = Source(month, s) });
            s.RejectUnknownKeys();
        }
        foreach (var node in map.OptionalSequence("leave")?.Children ?? [])
        {
            if (node is not YamlMappingNode m) { map.Error(node, RuleMessages.Get("Case_LeaveNotMapping")); continue; }
            var l = map.Nested(m);
            var date = l.OptionalDate("date");
            if (date is null && l.Node("date") is null) l.Error(l.Line, RuleMessages.Format("Yaml_MissingKey", "date"));
            month.Leave.Add(new LeaveEntry
            {
                AgentId = id, Date = date ?? default, Type = l.OptionalEnum("type", LeaveType.Personal),
                Hours = Number(l, "hours", required: true) ?? 0m, Source = Source(month, l),
            });
            l.RejectUnknownKeys();
        }
        foreach (var node in map.OptionalSequence("deals")?.Children ?? [])
        {
            if (node is not YamlMappingNode m) { map.Error(node, RuleMessages.Get("Case_DealNotMapping")); continue; }
            var d = map.Nested(m);
            var booked = d.OptionalDate("booked");
            if (booked is null && d.Node("booked") is null) d.Error(d.Line, RuleMessages.Format("Yaml_MissingKey", "booked"));
            month.Deals.Add(new Deal
            {
                DealId = d.OptionalText("id") ?? $"{id}-{month.Deals.Count + 1}", AgentId = id, BookedDate = booked ?? default,
                Amount = Number(d, "amount", required: true) ?? 0m, TermMonths = (int)(Number(d, "term", required: true) ?? 0m),
                CancelledDate = Date(d, "cancelled"), Source = Source(month, d),
            });
            d.RejectUnknownKeys();
        }
        if (map.OptionalMapping("metrics") is { } metrics)
        {
            var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in metrics.Children)
            {
                var metric = ((YamlScalarNode)k).Value ?? "";
                if (plan is not null && plan.Inputs.TextMetrics.Contains(metric))
                {
                    texts[metric] = (v as YamlScalarNode)?.Value ?? "";
                    continue;
                }
                if (plan is not null && !plan.Inputs.Metrics.ContainsKey(metric))
                    map.Error(k, RuleMessages.Format("Case_NotAMetric", metric, plan.Code, List(plan.Inputs.Metrics.Keys.Concat(plan.Inputs.TextMetrics))));
                if (ScalarNumber(map, v, metric) is { } n) numbers[metric] = n;
            }
            month.Metrics.Add(new AgentMetrics { AgentId = id, Period = month.Period, Numbers = numbers, Texts = texts, Source = new SourceRef(month.File, "", YamlMap.LineOf(metrics)) });
        }
        if (map.OptionalMapping("expect") is { } expect)
            foreach (var (k, v) in expect.Children)
            {
                var code = ((YamlScalarNode)k).Value ?? "";
                if (plan is not null && plan.Components.All(c => c.Code != code))
                    map.Error(k, RuleMessages.Format("Case_NotALineOrVariable", code, plan.Code));
                var written = (v as YamlScalarNode)?.Value ?? "";
                decimal? value = written switch { "true" => 1m, "false" => 0m, _ => ScalarNumber(map, v, code) };
                if (value is { } x) month.Expectations.Add(new RuleTestExpectation(id, code, x, written, YamlMap.LineOf(k)));
            }
        if (map.OptionalMapping("stored") is { } stored)
        {
            var lines = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (k, v) in stored.Children)
            {
                var code = ((YamlScalarNode)k).Value ?? "";
                if (plan is not null && plan.Components.All(c => c.Code != code || !c.IsLine))
                    map.Error(k, RuleMessages.Format("Case_NotALine", code, plan.Code));
                if (ScalarNumber(map, v, code) is { } n) lines[code] = n;
            }
            month.Stored[id] = lines;
        }
        map.RejectUnknownKeys();
    }

    private static SourceRef Source(MonthParts month, YamlMap map) => new(month.File, "", map.Line);

    private static TimeOnly Time(YamlMap map, string key)
    {
        var text = map.RequiredText(key);
        if (TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)) return t;
        if (text.Length > 0) map.Error(map.LineOfKey(key), RuleMessages.Format("Case_NotATime", key, text));
        return default;
    }

    /// <summary>An optional date; an empty value is the same as no key.</summary>
    private static DateOnly? Date(YamlMap map, string key) => map.Node(key) is YamlScalarNode { Value: null or "" } ? null : map.OptionalDate(key);

    private static decimal? Number(YamlMap map, string key, bool required = false)
    {
        var node = map.Node(key);
        if (node is null || (!required && node is YamlScalarNode { Value: null or "" }))
        {
            if (required) map.Error(map.Line, RuleMessages.Format("Yaml_MissingKey", key));
            return null;
        }
        return ScalarNumber(map, node, key);
    }

    private static decimal? ScalarNumber(YamlMap map, YamlNode node, string key)
    {
        if (node is YamlScalarNode s && YamlMap.TryDecimal(s.Value, out var value)) return value;
        map.Error(node, RuleMessages.Format("Case_NotANumber", key, (node as YamlScalarNode)?.Value ?? RuleMessages.Get("Case_NotSingleValue")));
        return null;
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "none" : string.Join(", ", all);
    }

    /// <summary>What the agents' blocks of one month add up to while it is read.</summary>
    private sealed class MonthParts(Period period, string file)
    {
        public string File { get; } = Path.GetFileName(file);
        public Period Period { get; } = period;
        public List<Shift> Shifts { get; } = [];
        public List<LeaveEntry> Leave { get; } = [];
        public List<Deal> Deals { get; } = [];
        public List<AgentMetrics> Metrics { get; } = [];
        public List<TeamMetrics> TeamMetrics { get; } = [];
        public List<RuleTestExpectation> Expectations { get; } = [];
        public Dictionary<string, IReadOnlyDictionary<string, decimal>> Stored { get; } = new(StringComparer.Ordinal);
    }
}
