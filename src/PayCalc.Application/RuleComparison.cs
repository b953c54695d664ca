using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// A rule-level comparison of two versions of a plan, not a text diff: what a payroll would compute differently, or
/// on another reference. Rules are matched by name or code, so moving a rule (to another place in the file, or into an
/// included file), reordering a list or a mapping, rewording a comment or respacing a formula is not a change.
/// Changes come in plan order: header, cities, inputs, parameters, city profiles, history, components, flags,
/// the wording of checks, calendar; within each, the new side's order, then what the old side had and the new one lacks.
/// </summary>
public static class RuleComparison
{
    public static IReadOnlyList<RuleChange> Compare(RuleSide olds, RuleSide news)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var (o, n) = (olds.Plan, news.Plan);
        var changes = new List<RuleChange>();
        changes.AddRange(Header(o, n));
        changes.AddRange(Inputs(o, n));
        changes.AddRange(ParameterComparison.Compare(o.Parameters, n.Parameters, null));
        changes.AddRange(Cities(o, n));
        changes.AddRange(Matched(o.History, n.History, h => h.Name, (a, b) => HistoryChanges(a, b), h => Whole(RuleChangeKind.HistoryAdded, h), h => Whole(RuleChangeKind.HistoryRemoved, h)));
        changes.AddRange(Matched(o.Components, n.Components, c => c.Code, (a, b) => ComponentChanges(o, a, n, b),
            c => Whole(RuleChangeKind.ComponentAdded, n, c), c => Whole(RuleChangeKind.ComponentRemoved, o, c)));
        changes.AddRange(Matched(o.Flags, n.Flags, f => f.Code, (a, b) => FlagChanges(o, a, n, b),
            f => Whole(RuleChangeKind.FlagAdded, n, f), f => Whole(RuleChangeKind.FlagRemoved, o, f)));
        changes.AddRange(CheckMessages(o, n));
        if (olds.Calendar is not null && news.Calendar is not null)
            changes.AddRange(CalendarComparison.Compare(olds.Calendar, news.Calendar));
        return changes;
    }

    /// <summary>Items matched by key: the changes of each item on both sides and the added ones in the new order, then the removed ones.</summary>
    private static IEnumerable<RuleChange> Matched<T>(IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> key,
        Func<T, T, IEnumerable<RuleChange>> changed, Func<T, RuleChange> added, Func<T, RuleChange> removed)
    {
        var oldByKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in olds) oldByKey.TryAdd(key(item), item);
        var newKeys = news.Select(key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in news)
        {
            if (!seen.Add(key(item))) continue;
            if (oldByKey.TryGetValue(key(item), out var before))
                foreach (var change in changed(before, item)) yield return change;
            else yield return added(item);
        }
        foreach (var item in oldByKey.Values.Where(i => !newKeys.Contains(key(i)))) yield return removed(item);
    }

    /// <summary>A change of one field when the canonical texts differ (null = no value on that side).</summary>
    private static RuleChange? Field(RuleChangeKind kind, string name, string summary, string field, string? old, string? @new,
        string? oldAt, string? newAt, string? oldCanonical = null, string? newCanonical = null)
    {
        if ((oldCanonical ?? old) == (newCanonical ?? @new)) return null;
        return new RuleChange(kind, name, summary) { Field = field, Old = old, New = @new, OldLocation = oldAt, NewLocation = newAt };
    }

    private static IEnumerable<RuleChange> Header(PlanDefinition o, PlanDefinition n)
    {
        var (oldAt, newAt) = (RuleLocation.FileOf(o.File), RuleLocation.FileOf(n.File));
        var (oldEffective, newEffective) = (RuleLocation.Of(o.File, o.EffectiveLine), RuleLocation.Of(n.File, n.EffectiveLine));
        var (oldCities, newCities) = (RuleLocation.Of(o.File, o.CitiesLine), RuleLocation.Of(n.File, n.CitiesLine));
        RuleChange?[] changes =
        [
            Field(RuleChangeKind.Plan, "plan", DiffText.Get("Plan_CodeChanged"), "plan", o.Code, n.Code, oldAt, newAt),
            Field(RuleChangeKind.Plan, "name", DiffText.Get("Plan_NameChanged"), "name", $"{o.Name} / {o.NameEn}", $"{n.Name} / {n.NameEn}", oldAt, newAt,
                $"{RuleText.Words(o.Name)}/{RuleText.Words(o.NameEn)}", $"{RuleText.Words(n.Name)}/{RuleText.Words(n.NameEn)}"),
            Field(RuleChangeKind.Plan, "version", DiffText.Get("Plan_VersionChanged"), "version", o.Version, n.Version, oldAt, newAt),
            Field(RuleChangeKind.Plan, "effective", DiffText.Get("Plan_EffectiveChanged"), "effective", Effective(o), Effective(n), oldEffective, newEffective),
            Field(RuleChangeKind.Plan, "calendar", DiffText.Get("Plan_CalendarChanged"), "calendar", o.Calendar, n.Calendar, oldAt, newAt),
            Field(RuleChangeKind.Plan, "default city", DiffText.Get("Plan_DefaultCityChanged"), "default_city",
                o.DefaultCity, n.DefaultCity, oldCities, newCities),
        ];
        return changes.OfType<RuleChange>();
    }

    private static string Effective(PlanDefinition p) =>
        p.EffectiveTo is { } to
            ? DiffText.Format("Plan_EffectiveFromTo", RuleText.Date(p.EffectiveFrom), RuleText.Date(to))
            : DiffText.Format("Plan_EffectiveFrom", RuleText.Date(p.EffectiveFrom));

    private static IEnumerable<RuleChange> Inputs(PlanDefinition o, PlanDefinition n)
    {
        var (oi, ni) = (o.Inputs, n.Inputs);
        var (oldAt, newAt) = (RuleLocation.FileOf(o.File), RuleLocation.FileOf(n.File));
        RuleChange? Input(string name, string summary, string field, string? old, string? @new) =>
            Field(RuleChangeKind.Input, name, summary, field, old, @new, old is null ? null : oldAt, @new is null ? null : newAt);
        var changes = new List<RuleChange?>();
        // A metric added or removed carries its header; a header is a change of its own only for a metric on both sides.
        foreach (var metric in ni.Metrics.Keys.Concat(oi.Metrics.Keys).Distinct(StringComparer.Ordinal))
        {
            var (inOld, inNew) = (oi.Metrics.TryGetValue(metric, out var u1), ni.Metrics.TryGetValue(metric, out var u2));
            if (inOld && inNew)
            {
                changes.Add(Input(metric, DiffText.Format("Input_MetricUnitChanged", metric), "unit", RuleText.Lower(u1), RuleText.Lower(u2)));
                changes.Add(HeaderChange("Input_MetricHeaderChanged", metric, oi.MetricHeaders, ni.MetricHeaders, oldAt, newAt));
            }
            else if (inNew) changes.Add(Input(metric, DiffText.Format("Input_MetricAdded", metric), "metric", null, WithHeader(RuleText.Lower(u2), metric, ni.MetricHeaders)));
            else changes.Add(Input(metric, DiffText.Format("Input_MetricRemoved", metric), "metric", WithHeader(RuleText.Lower(u1), metric, oi.MetricHeaders), null));
        }
        foreach (var metric in ni.TextMetrics.Concat(oi.TextMetrics).Distinct(StringComparer.Ordinal))
        {
            var (inOld, inNew) = (oi.TextMetrics.Contains(metric), ni.TextMetrics.Contains(metric));
            if (inOld && inNew) changes.Add(HeaderChange("Input_TextMetricHeaderChanged", metric, oi.MetricHeaders, ni.MetricHeaders, oldAt, newAt));
            else if (inNew) changes.Add(Input(metric, DiffText.Format("Input_TextMetricAdded", metric), "text metric", null, WithHeader(DiffText.Get("Input_Text"), metric, ni.MetricHeaders)));
            else changes.Add(Input(metric, DiffText.Format("Input_TextMetricRemoved", metric), "text metric", WithHeader(DiffText.Get("Input_Text"), metric, oi.MetricHeaders), null));
        }
        foreach (var metric in ni.TeamMetrics.Concat(oi.TeamMetrics).Distinct(StringComparer.Ordinal))
        {
            var (inOld, inNew) = (oi.TeamMetrics.Contains(metric), ni.TeamMetrics.Contains(metric));
            if (inOld && inNew) changes.Add(HeaderChange("Input_TeamMetricHeaderChanged", metric, oi.TeamMetricHeaders, ni.TeamMetricHeaders, oldAt, newAt));
            else if (inNew) changes.Add(Input(metric, DiffText.Format("Input_TeamMetricAdded", metric), "team metric", null, WithHeader(DiffText.Get("Input_TeamMetric"), metric, ni.TeamMetricHeaders)));
            else changes.Add(Input(metric, DiffText.Format("Input_TeamMetricRemoved", metric), "team metric", WithHeader(DiffText.Get("Input_TeamMetric"), metric, oi.TeamMetricHeaders), null));
        }
        changes.Add(Field(RuleChangeKind.Input, "metrics_required", DiffText.Get("Input_MetricsRequiredChanged"), "metrics_required",
            Yes(oi.MetricsRequired), Yes(ni.MetricsRequired), oldAt, newAt));
        changes.Add(Field(RuleChangeKind.Input, "team_metrics_required", DiffText.Get("Input_TeamMetricsRequiredChanged"), "team_metrics_required",
            Yes(oi.TeamMetricsRequired), Yes(ni.TeamMetricsRequired), oldAt, newAt));
        changes.Add(Field(RuleChangeKind.Input, "installment_terms_from", DiffText.Get("Input_InstallmentTermsFromChanged"), "installment_terms_from",
            oi.InstallmentTermsFrom, ni.InstallmentTermsFrom, oldAt, newAt));
        return changes.OfType<RuleChange>();
    }

    private static string Yes(bool value) => DiffText.Get(value ? "Value_Yes" : "Value_No");

    private static string WithHeader(string what, string name, IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue(name, out var header) ? DiffText.Format("Input_WithHeader", what, header) : what;

    private static RuleChange? HeaderChange(string summaryKey, string name, IReadOnlyDictionary<string, string> olds, IReadOnlyDictionary<string, string> news,
        string oldAt, string newAt)
    {
        var (before, after) = (olds.GetValueOrDefault(name), news.GetValueOrDefault(name));
        return before == after ? null : new RuleChange(RuleChangeKind.Input, name, DiffText.Format(summaryKey, name))
        { Field = "header", Old = before, New = after, OldLocation = before is null ? null : oldAt, NewLocation = after is null ? null : newAt };
    }

    private static IEnumerable<RuleChange> Cities(PlanDefinition o, PlanDefinition n) =>
        Matched(o.Cities, n.Cities, c => c.Code,
            (a, b) =>
            {
                var named = Field(RuleChangeKind.CityChanged, b.Code, DiffText.Format("City_NameChanged", b.Code), "name", a.Name, b.Name,
                    RuleLocation.Of(a.File, 1), RuleLocation.Of(b.File, 1), RuleText.Words(a.Name), RuleText.Words(b.Name));
                return (named is null ? [] : new[] { named }).Concat(ParameterComparison.Compare(a.Parameters, b.Parameters, b.Code));
            },
            c => new RuleChange(RuleChangeKind.CityAdded, c.Code, DiffText.Format("City_Added", c.Code, c.Name, c.Parameters.Count))
            { New = c.Name, NewLocation = RuleLocation.FileOf(c.File) },
            c => new RuleChange(RuleChangeKind.CityRemoved, c.Code, DiffText.Format("City_Removed", c.Code, c.Name))
            { Old = c.Name, OldLocation = RuleLocation.FileOf(c.File) });

    private static string HistoryText(HistoryDefinition h)
    {
        var what = h.CountsMonths ? DiffText.Get("History_CountsMonths")
            : DiffText.Format(h.Negate ? "History_MinusSum" : "History_Sum", string.Join(" + ", h.Lines));
        var opening = h.Opening is { } o ? DiffText.Format("History_Opening", RuleText.Lower(o)) : "";
        var unit = h.Unit == Unit.Any ? "" : DiffText.Format("History_Unit", RuleText.Lower(h.Unit));
        return DiffText.Format(h.ByMonth ? "History_PerMonthOver" : "History_Over", what, RuleText.Lower(h.Window), opening, unit);
    }

    private static RuleChange Whole(RuleChangeKind kind, HistoryDefinition h)
    {
        var added = kind == RuleChangeKind.HistoryAdded;
        var at = RuleLocation.Of(h.File, h.Line);
        return new RuleChange(kind, h.Name, DiffText.Format(added ? "History_Added" : "History_Removed", h.Name))
        {
            Old = added ? null : HistoryText(h),
            New = added ? HistoryText(h) : null,
            OldLocation = added ? null : at,
            NewLocation = added ? at : null,
        };
    }

    private static IEnumerable<RuleChange> HistoryChanges(HistoryDefinition o, HistoryDefinition n)
    {
        var (oldAt, newAt) = (RuleLocation.Of(o.File, o.Line), RuleLocation.Of(n.File, n.Line));
        RuleChange?[] changes =
        [
            // The lines are summed: their order is not a change.
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_LinesChanged", n.Name), "lines", string.Join(", ", o.Lines), string.Join(", ", n.Lines),
                oldAt, newAt, string.Join(",", o.Lines.Distinct().Order(StringComparer.Ordinal)), string.Join(",", n.Lines.Distinct().Order(StringComparer.Ordinal))),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_MonthsChanged", n.Name), "months",
                Yes(o.CountsMonths), Yes(n.CountsMonths), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_ByMonthChanged", n.Name), "by_month", Yes(o.ByMonth), Yes(n.ByMonth), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_NegateChanged", n.Name), "negate", Yes(o.Negate), Yes(n.Negate), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_OpeningChanged", n.Name), "opening",
                o.Opening is { } a ? RuleText.Lower(a) : null, n.Opening is { } b ? RuleText.Lower(b) : null, oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_WindowChanged", n.Name), "window", RuleText.Lower(o.Window), RuleText.Lower(n.Window), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, DiffText.Format("History_UnitChanged", n.Name), "unit", RuleText.Lower(o.Unit), RuleText.Lower(n.Unit), oldAt, newAt),
        ];
        return changes.OfType<RuleChange>();
    }

    private static string FileOf(PlanDefinition plan, string file) => file.Length == 0 ? plan.File : file;

    private static string? GroupText(GroupDefinition? g) => g is null ? null :
        DiffText.Format("Group_Text", RuleText.Lower(g.Kind), RuleText.Words(g.Of),
            g.Where is { } where ? DiffText.Format("Group_Where", RuleText.Words(where)) : "", g.Descending ? "" : DiffText.Get("Group_Ascending"));

    private static string? GroupCanonical(GroupDefinition? g) => g is null ? null :
        $"{g.Kind}|{RuleText.Formula(g.Of)}|{RuleText.Formula(g.Where)}|{g.Descending}";

    private static string ComponentText(ComponentDefinition c)
    {
        var what = c.Amount is { } amount ? RuleText.Words(amount) : GroupText(c.Group) ?? "";
        return c.When is { } when ? DiffText.Format("Value_When", RuleText.Words(when), what) : what;
    }

    private static IReadOnlyList<string> ComponentReads(ComponentDefinition c) => RuleText.Reads(c.When, c.Amount, c.Group?.Of, c.Group?.Where);

    private static RuleChange Whole(RuleChangeKind kind, PlanDefinition plan, ComponentDefinition c)
    {
        var added = kind == RuleChangeKind.ComponentAdded;
        var at = RuleLocation.Of(FileOf(plan, c.File), c.Line);
        return new RuleChange(kind, c.Code, DiffText.Format(added ? "Component_Added" : "Component_Removed", c.Code, c.Name, RuleText.Lower(c.Category)))
        {
            Old = added ? null : ComponentText(c),
            New = added ? ComponentText(c) : null,
            OldLocation = added ? null : at,
            NewLocation = added ? at : null,
            OldReads = added ? [] : ComponentReads(c),
            NewReads = added ? ComponentReads(c) : [],
        };
    }

    private static IEnumerable<RuleChange> ComponentChanges(PlanDefinition oldPlan, ComponentDefinition o, PlanDefinition newPlan, ComponentDefinition n)
    {
        var (oldFile, newFile) = (FileOf(oldPlan, o.File), FileOf(newPlan, n.File));
        var (oldAt, newAt) = (RuleLocation.Of(oldFile, o.Line), RuleLocation.Of(newFile, n.Line));
        var kind = RuleChangeKind.ComponentChanged;
        var changes = new List<RuleChange?>
        {
            Field(kind, n.Code, DiffText.Format("Component_NamesChanged", n.Code, n.Name), "name", $"{o.Name} / {o.NameEn}", $"{n.Name} / {n.NameEn}", oldAt, newAt,
                $"{RuleText.Words(o.Name)}/{RuleText.Words(o.NameEn)}", $"{RuleText.Words(n.Name)}/{RuleText.Words(n.NameEn)}"),
            Field(kind, n.Code, DiffText.Format("Component_CategoryChanged", n.Code, n.Name), "category", RuleText.Lower(o.Category), RuleText.Lower(n.Category), oldAt, newAt),
            Field(kind, n.Code, DiffText.Format("Component_TypeChanged", n.Code, n.Name), "type", RuleText.Lower(o.Type), RuleText.Lower(n.Type), oldAt, newAt),
            Field(kind, n.Code, DiffText.Format("Component_UnitChanged", n.Code, n.Name), "unit", RuleText.Lower(o.Unit), RuleText.Lower(n.Unit), oldAt, newAt),
        };
        if (Field(kind, n.Code, DiffText.Format("Component_WhenChanged", n.Code, n.Name), "when", Raw(o.When), Raw(n.When),
                RuleLocation.Of(oldFile, o.WhenLine > 0 ? o.WhenLine : o.Line), RuleLocation.Of(newFile, n.WhenLine > 0 ? n.WhenLine : n.Line),
                RuleText.Formula(o.When), RuleText.Formula(n.When)) is { } when)
            changes.Add(when with { OldReads = RuleText.Reads(o.When), NewReads = RuleText.Reads(n.When) });
        // The plan writes a line's formula under `amount:`, a variable's under `value:`.
        var formulaKey = n.IsLine ? "amount" : "value";
        if (Field(kind, n.Code, DiffText.Format("Component_FormulaChanged", n.Code, n.Name, formulaKey), formulaKey, Raw(o.Amount), Raw(n.Amount),
                RuleLocation.Of(oldFile, o.AmountLine > 0 ? o.AmountLine : o.Line), RuleLocation.Of(newFile, n.AmountLine > 0 ? n.AmountLine : n.Line),
                RuleText.Formula(o.Amount), RuleText.Formula(n.Amount)) is { } amount)
            changes.Add(amount with { OldReads = RuleText.Reads(o.Amount), NewReads = RuleText.Reads(n.Amount) });
        if (Field(kind, n.Code, DiffText.Format("Component_GroupChanged", n.Code, n.Name), "group", GroupText(o.Group), GroupText(n.Group),
                RuleLocation.Of(oldFile, o.Group?.Line ?? o.Line), RuleLocation.Of(newFile, n.Group?.Line ?? n.Line),
                GroupCanonical(o.Group), GroupCanonical(n.Group)) is { } group)
            changes.Add(group with { OldReads = RuleText.Reads(o.Group?.Of, o.Group?.Where), NewReads = RuleText.Reads(n.Group?.Of, n.Group?.Where) });
        // The line in words (say: Chinese, say_en: English), as a payslip's explanation shows it: a change of wording only.
        changes.Add(Field(kind, n.Code, DiffText.Format("Component_SayChanged", n.Code, n.Name), "say", Text(o.Say), Text(n.Say),
            RuleLocation.Of(oldFile, o.SayLine > 0 ? o.SayLine : o.Line), RuleLocation.Of(newFile, n.SayLine > 0 ? n.SayLine : n.Line)));
        changes.Add(Field(kind, n.Code, DiffText.Format("Component_SayEnChanged", n.Code, n.Name), "say_en", Text(o.SayEn), Text(n.SayEn),
            RuleLocation.Of(oldFile, o.SayEnLine > 0 ? o.SayEnLine : o.Line), RuleLocation.Of(newFile, n.SayEnLine > 0 ? n.SayEnLine : n.Line)));
        return changes.OfType<RuleChange>();
    }

    private static string? Raw(string? formula) => string.IsNullOrWhiteSpace(formula) ? null : RuleText.Words(formula);

    /// <summary>A wording (say, message) with its white space made single, or null when there is none.</summary>
    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : RuleText.Words(text);

    private static RuleChange Whole(RuleChangeKind kind, PlanDefinition plan, FlagDefinition f)
    {
        var added = kind == RuleChangeKind.FlagAdded;
        var at = RuleLocation.Of(FileOf(plan, f.File), f.Line);
        var text = DiffText.Format("Value_When", RuleText.Words(f.When), RuleText.Words(f.Message));
        return new RuleChange(kind, f.Code, DiffText.Format(added ? "Flag_Added" : "Flag_Removed", f.Code))
        {
            Old = added ? null : text,
            New = added ? text : null,
            OldLocation = added ? null : at,
            NewLocation = added ? at : null,
            OldReads = added ? [] : RuleText.Reads(f.When),
            NewReads = added ? RuleText.Reads(f.When) : [],
        };
    }

    private static IEnumerable<RuleChange> FlagChanges(PlanDefinition oldPlan, FlagDefinition o, PlanDefinition newPlan, FlagDefinition n)
    {
        var (oldAt, newAt) = (RuleLocation.Of(FileOf(oldPlan, o.File), o.Line), RuleLocation.Of(FileOf(newPlan, n.File), n.Line));
        if (Field(RuleChangeKind.FlagChanged, n.Code, DiffText.Format("Flag_WhenChanged", n.Code), "when", RuleText.Words(o.When), RuleText.Words(n.When),
                oldAt, newAt, RuleText.Formula(o.When), RuleText.Formula(n.When)) is { } when)
            yield return when with { OldReads = RuleText.Reads(o.When), NewReads = RuleText.Reads(n.When) };
        if (Field(RuleChangeKind.FlagChanged, n.Code, DiffText.Format("Flag_MessageChanged", n.Code), "message", RuleText.Words(o.Message), RuleText.Words(n.Message),
                oldAt, newAt) is { } message)
            yield return message;
        if (Field(RuleChangeKind.FlagChanged, n.Code, DiffText.Format("Flag_MessageEnChanged", n.Code), "message_en", Text(o.MessageEn), Text(n.MessageEn),
                oldAt, newAt) is { } messageEn)
            yield return messageEn;
    }

    /// <summary>
    /// The wording of the checks on both sides, matched by code: <c>message:</c> (Chinese) and <c>message_en:</c>
    /// (English), the text of the exceptions a check raises. A check's condition and patterns are not compared here.
    /// </summary>
    private static IEnumerable<RuleChange> CheckMessages(PlanDefinition oldPlan, PlanDefinition newPlan)
    {
        var olds = new Dictionary<string, CheckDefinition>(StringComparer.Ordinal);
        foreach (var check in oldPlan.Checks) olds.TryAdd(check.Code, check);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in newPlan.Checks)
        {
            if (!seen.Add(n.Code) || !olds.TryGetValue(n.Code, out var o)) continue;
            var (oldAt, newAt) = (RuleLocation.Of(FileOf(oldPlan, o.File), o.Line), RuleLocation.Of(FileOf(newPlan, n.File), n.Line));
            if (Field(RuleChangeKind.CheckChanged, n.Code, DiffText.Format("Check_MessageChanged", n.Code), "message", Text(o.Message), Text(n.Message),
                    oldAt, newAt) is { } message)
                yield return message;
            if (Field(RuleChangeKind.CheckChanged, n.Code, DiffText.Format("Check_MessageEnChanged", n.Code), "message_en", Text(o.MessageEn), Text(n.MessageEn),
                    oldAt, newAt) is { } messageEn)
                yield return messageEn;
        }
    }
}
