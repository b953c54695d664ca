using System.Globalization;
using System.Linq.Expressions;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// What a plan's formulas can read in one period, and how: every name (engine fact, metric, parameter, city
/// parameter, history value, component) stands for one expression over the agent's scope, with its unit. Scalar
/// names also get a display formatter for explanations. Parameters are fixed to the values in force on the
/// period's first day; a parameter or city value missing then is reported here.
/// </summary>
internal sealed class PlanNames
{
    private readonly Dictionary<string, object> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<Expression, (string, Unit)> _units = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Func<AgentScope, string>> _scalars = new(StringComparer.Ordinal);
    // Per-agent values that are not components (engine facts, metrics, city parameters, earlier months):
    // kept with each payslip so its explanations can be rendered again from the store.
    private readonly Dictionary<string, Func<AgentScope, string>> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _parameterValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal[]> _cityValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cityAliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TraceName> _about = new(StringComparer.Ordinal);

    private PlanNames(PlanDefinition plan)
    {
        MetricNames = plan.Inputs.Metrics.Keys.ToList();
        ComponentCodes = plan.Components.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The agent's scope, the one parameter of every compiled formula.</summary>
    public ParameterExpression Scope { get; } = Expression.Parameter(typeof(AgentScope), "");

    /// <summary>Name -> the expression it stands for (as the expression parser wants them: values are expressions).</summary>
    public IReadOnlyDictionary<string, object> Names => _names;

    /// <summary>The expression each name stands for -> the name and its unit, for the unit check.</summary>
    public IReadOnlyDictionary<Expression, (string, Unit)> Units => _units;

    /// <summary>The only way a formula reaches the engine's working state: the expressions its names stand for.</summary>
    public IReadOnlySet<Expression> Offered { get; private set; } = new HashSet<Expression>();

    /// <summary>Display formatters of the scalar names (what an explanation substitutes into a formula).</summary>
    public IReadOnlyDictionary<string, Func<AgentScope, string>> Scalars => _scalars;

    /// <summary>Display formatters of the per-agent names that are not components.</summary>
    public IReadOnlyDictionary<string, Func<AgentScope, string>> Facts => _facts;

    /// <summary>How many per-agent values have a slot in the agent's format cache.</summary>
    public int FormattedValueCount { get; private set; }

    public IReadOnlySet<string> ComponentCodes { get; }
    public IReadOnlyList<string> MetricNames { get; }
    public IReadOnlyDictionary<string, decimal> ParameterValues => _parameterValues;
    public IReadOnlySet<int>? InstallmentTerms { get; private set; }
    public IReadOnlyDictionary<string, decimal[]> CityValues => _cityValues;
    public IReadOnlyDictionary<string, string> CityAliases => _cityAliases;

    /// <summary>What each name that is not a component is (kind; a parameter's source, location and in-force date),
    /// for the trace.</summary>
    public IReadOnlyDictionary<string, TraceName> About => _about;

    /// <summary>The names of <paramref name="plan"/> in <paramref name="period"/>; problems are added to <paramref name="errors"/>.</summary>
    public static PlanNames Build(PlanDefinition plan, Period period, List<RuleError> errors)
    {
        var names = new PlanNames(plan);
        names.OfferFacts(plan);
        names.OfferParameters(plan, period, errors);
        names.OfferCities(plan, period, errors);
        names.OfferHistory(plan);
        names.OfferComponents(plan);
        names.Offered = new HashSet<Expression>(names._names.Values.Cast<Expression>(), ReferenceEqualityComparer.Instance);
        return names;
    }

    /// <summary>
    /// Adds <c>gross_pay</c> and <c>net_pay</c> (the payslip's totals, money): names for checks, which judge a computed
    /// month. Offered after the formulas and flags are compiled, so a formula that reads them is an unknown name
    /// rather than a value read before it exists.
    /// </summary>
    public void OfferPayslipTotals()
    {
        Offer("gross_pay", Expression.Property(Scope, nameof(AgentScope.GrossPay)), Unit.Money, true, fact: false);
        Offer("net_pay", Expression.Property(Scope, nameof(AgentScope.NetPay)), Unit.Money, true, fact: false);
        Offered = new HashSet<Expression>(_names.Values.Cast<Expression>(), ReferenceEqualityComparer.Instance);
    }

    private Expression Slot(string array, int index) =>
        Expression.ArrayIndex(Expression.Field(Scope, array), Expression.Constant(index));

    private void Offer(string name, Expression access, Unit unit, bool scalar, bool fact = true)
    {
        _names[name] = access;
        _units[access] = (name, unit);
        if (!scalar) return;
        if (access is ConstantExpression { Value: decimal constant })
        {
            // A parameter is the same for every agent: format it once.
            var text = FormulaTemplate.Format(constant);
            _scalars[name] = _ => text;
            return;
        }
        var body = access.Type == typeof(bool)
            ? (Expression)Expression.Condition(access, Expression.Constant("true"), Expression.Constant("false"))
            : access.Type == typeof(string) ? access
            : Expression.Call(typeof(FormulaTemplate).GetMethod(nameof(FormulaTemplate.Format))!, Expression.Convert(access, typeof(decimal)));
        var format = Expression.Lambda<Func<AgentScope, string>>(body, Scope).Compile();
        // Each agent's value is formatted once however many formulas show it.
        var id = FormattedValueCount++;
        _scalars[name] = s => s.Formatted[id] ??= format(s);
        if (fact) _facts[name] = _scalars[name];
    }

    private void OfferFacts(PlanDefinition plan)
    {
        foreach (var fact in EngineFacts.All)
        {
            var access = fact.Access(Scope);
            Offer(fact.Name, access, fact.Unit, !access.Type.IsGenericType);
            _about[fact.Name] = new TraceName { Name = fact.Name, Kind = TraceKind.Fact, Detail = fact.Description };
        }
        for (var i = 0; i < MetricNames.Count; i++)
        {
            Offer(MetricNames[i], Slot(nameof(AgentScope.M), i), plan.Inputs.Metrics[MetricNames[i]], true);
            _about[MetricNames[i]] = new TraceName { Name = MetricNames[i], Kind = TraceKind.Metric, Detail = RuleMessages.Get("Detail_Metric") };
        }
        for (var i = 0; i < plan.Inputs.TextMetrics.Count; i++)
        {
            Offer(plan.Inputs.TextMetrics[i], Slot(nameof(AgentScope.T), i), Unit.Any, true);
            _about[plan.Inputs.TextMetrics[i]] = new TraceName { Name = plan.Inputs.TextMetrics[i], Kind = TraceKind.Metric, Detail = RuleMessages.Get("Detail_Metric") };
        }
        for (var i = 0; i < plan.Inputs.TeamMetrics.Count; i++)
        {
            var name = "team_" + plan.Inputs.TeamMetrics[i];
            Offer(name, Slot(nameof(AgentScope.TM), i), Unit.Any, true);
            _about[name] = new TraceName { Name = name, Kind = TraceKind.TeamMetric, Detail = RuleMessages.Get("Detail_TeamMetric") };
        }
    }

    private void OfferParameters(PlanDefinition plan, Period period, List<RuleError> errors)
    {
        var day = period.FirstDay;
        foreach (var p in plan.Parameters)
        {
            var file = p.File.Length > 0 ? p.File : plan.File;
            void About(DateOnly from, int line, string? detail = null) => _about[p.Name] = new TraceName
            {
                Name = p.Name, Kind = TraceKind.Parameter, Source = p.Source, InForce = from, Detail = detail,
                Location = RuleLocation.Of(file, line),
            };
            switch (p)
            {
                case ValueParameter vp when vp.InForce(day) is { } v:
                    _parameterValues[p.Name] = v.Value;
                    Offer(p.Name, Expression.Constant(v.Value), p.Unit, true);
                    About(v.From, v.Line);
                    break;
                case TableParameter tp when tp.InForce(day) is { } t:
                    About(t.From, t.Line, RuleMessages.Format("Detail_Table",
                        List(t.Value.Select(e => RuleMessages.Format("Detail_TableEntry", e.Key, FormulaText.Display(e.Value))))));
                    Offer(p.Name, Expression.Constant(new LookupTable(p.Name, t.Value)), p.Unit, false);
                    if (plan.Inputs.InstallmentTermsFrom == p.Name)
                        InstallmentTerms = t.Value.Keys.Select(k => int.TryParse(k, CultureInfo.InvariantCulture, out var n) ? n : -1).ToHashSet();
                    break;
                case ScaleParameter sp when sp.InForce(day) is { } s:
                    About(s.From, s.Line, RuleMessages.Format(sp.Marginal ? "Detail_MarginalTiers" : "Detail_Tiers",
                        List(s.Value.Select(t => RuleMessages.Format(t.Exclusive ? "Detail_TierAbove" : "Detail_TierFrom",
                            FormulaText.Display(t.Threshold), FormulaText.Display(t.Value))))));
                    Offer(p.Name, Expression.Constant(new ScaleTable(p.Name, s.Value)), p.Unit, false);
                    break;
                case BracketParameter bp when bp.InForce(day) is { } b:
                    About(b.From, b.Line, RuleMessages.Format("Detail_Brackets", List(b.Value.Select(x => x.UpTo is { } up
                        ? RuleMessages.Format("Detail_Bracket", FormulaText.Display(up), FormulaText.Display(x.Rate * 100), FormulaText.Display(x.QuickDeduction))
                        : RuleMessages.Format("Detail_BracketTop", FormulaText.Display(x.Rate * 100), FormulaText.Display(x.QuickDeduction))))));
                    Offer(p.Name, Expression.Constant(new BracketTable(p.Name, b.Value)), p.Unit, false);
                    break;
                default:
                    errors.Add(new RuleError(p.File.Length > 0 ? p.File : plan.File, p.Line, p.Name, RuleMessages.Format("Compile_ParamNotInForce", RuleMessages.Iso(day))));
                    // Still offer the name so its users report only this root cause; the load fails anyway.
                    Offer(p.Name, p switch
                    {
                        ValueParameter => Expression.Constant(0m),
                        TableParameter => Expression.Constant(new LookupTable(p.Name, new Dictionary<string, decimal>())),
                        BracketParameter => Expression.Constant(new BracketTable(p.Name, [new Bracket(null, 0, 0)])),
                        _ => Expression.Constant(new ScaleTable(p.Name, [])),
                    }, p.Unit, p is ValueParameter);
                    break;
            }
        }
    }

    /// <summary>The entries of a table, scale or bracket parameter's detail, with the UI language's list separator.</summary>
    private static string List(IEnumerable<string> entries) => string.Join(RuleMessages.Get("Detail_ListSeparator"), entries);

    /// <summary>City parameters: one slot per name; each agent's scope points at its city's values.</summary>
    private void OfferCities(PlanDefinition plan, Period period, List<RuleError> errors)
    {
        if (plan.Cities.Count == 0) return;
        var cityNames = plan.Cities[0].Parameters.Select(p => p.Name).ToList();
        foreach (var city in plan.Cities)
        {
            var values = new decimal[cityNames.Count];
            for (var k = 0; k < cityNames.Count; k++)
            {
                var p = city.Parameters.FirstOrDefault(x => x.Name == cityNames[k]);
                if (p is null) continue; // reported by the loader
                // A city parameter of another kind is reported by the validator; it has no plain value here.
                if (p is ValueParameter vp && vp.InForce(period.FirstDay) is { } v) values[k] = v.Value;
                else errors.Add(new RuleError(city.File, p.Line, p.Name, RuleMessages.Format("Compile_CityNotInForce", city.Code, RuleMessages.Iso(period.FirstDay))));
            }
            _cityValues[city.Code] = values;
            _cityAliases[city.Code] = city.Code;
            _cityAliases[city.Name] = city.Code;
        }
        for (var k = 0; k < cityNames.Count; k++)
        {
            Offer(cityNames[k], Slot(nameof(AgentScope.C), k), plan.Cities[0].Parameters[k].Unit, true);
            _about[cityNames[k]] = new TraceName
            {
                Name = cityNames[k], Kind = TraceKind.CityParameter, Source = plan.Cities[0].Parameters[k].Source,
                Detail = RuleMessages.Format("Detail_City", string.Join(RuleMessages.Get("Detail_NameSeparator"), plan.Cities.Select(c => RuleLocation.FileOf(c.File)))),
            };
        }
    }

    private void OfferHistory(PlanDefinition plan)
    {
        for (var k = 0; k < plan.History.Count; k++)
        {
            var h = plan.History[k];
            var window = RuleMessages.Get(h.Window switch { HistoryWindow.Year => "Detail_WindowYear", HistoryWindow.Quarter => "Detail_WindowQuarter", _ => "Detail_WindowAll" });
            var detail = h.CountsMonths ? RuleMessages.Format("Detail_HistoryMonths", window)
                : RuleMessages.Format(h.Negate ? "Detail_HistoryMinusSum" : "Detail_HistorySum", string.Join(" + ", h.Lines), window);
            if (h.ByMonth) detail = RuleMessages.Format("Detail_HistoryByMonth", detail);
            if (h.Opening is { } o) detail = RuleMessages.Format("Detail_HistoryOpening", detail, o);
            _about[h.Name] = new TraceName
            {
                Name = h.Name, Kind = TraceKind.History,
                Detail = detail,
                Location = RuleLocation.Of(h.File, h.Line),
            };
            if (plan.History[k].ByMonth)
                Offer(plan.History[k].Name, Slot(nameof(AgentScope.HM), k), plan.History[k].Unit, false);
            else
                // Per agent like a fact: kept with the payslip so explanations show the earlier months' value.
                Offer(plan.History[k].Name, Slot(nameof(AgentScope.H), k), plan.History[k].Unit, true, fact: true);
        }
    }

    /// <summary>A component is read from its slot (slot = index in the plan); a true/false one as value != 0.</summary>
    private void OfferComponents(PlanDefinition plan)
    {
        for (var slot = 0; slot < plan.Components.Count; slot++)
        {
            var d = plan.Components[slot];
            var value = Slot(nameof(AgentScope.V), slot);
            Expression access = d.Type == RuleValueType.Bool ? Expression.NotEqual(value, Expression.Constant(0m)) : value;
            Offer(d.Code, access, d.Unit, true, fact: false);
        }
    }
}
