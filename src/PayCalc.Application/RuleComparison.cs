using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// A rule-level comparison of two versions of a plan, not a text diff: what a payroll would compute differently, or
/// on another reference. Rules are matched by name or code, so moving a rule (to another place in the file, or into an
/// included file), reordering a list or a mapping, rewording a comment or respacing a formula is not a change.
/// Changes come in plan order: header, cities, inputs, parameters, city profiles, history, components, flags,
/// calendar; within each, the new side's order, then what the old side had and the new one lacks.
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
            Field(RuleChangeKind.Plan, "plan", $"plan code changed", "plan", o.Code, n.Code, oldAt, newAt),
            Field(RuleChangeKind.Plan, "name", $"plan name changed", "name", $"{o.Name} / {o.NameEn}", $"{n.Name} / {n.NameEn}", oldAt, newAt,
                $"{RuleText.Words(o.Name)}/{RuleText.Words(o.NameEn)}", $"{RuleText.Words(n.Name)}/{RuleText.Words(n.NameEn)}"),
            Field(RuleChangeKind.Plan, "version", $"plan version changed", "version", o.Version, n.Version, oldAt, newAt),
            Field(RuleChangeKind.Plan, "effective", $"plan effective dates changed", "effective", Effective(o), Effective(n), oldEffective, newEffective),
            Field(RuleChangeKind.Plan, "calendar", $"plan calendar changed", "calendar", o.Calendar, n.Calendar, oldAt, newAt),
            Field(RuleChangeKind.Plan, "default city", $"default city changed (agents whose roster row names no city)", "default_city",
                o.DefaultCity, n.DefaultCity, oldCities, newCities),
        ];
        return changes.OfType<RuleChange>();
    }

    private static string Effective(PlanDefinition p) =>
        $"from {RuleText.Date(p.EffectiveFrom)}" + (p.EffectiveTo is { } to ? $" to {RuleText.Date(to)}" : "");

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
                changes.Add(Input(metric, $"input metric {metric}: its unit changed", "unit", RuleText.Lower(u1), RuleText.Lower(u2)));
                changes.Add(HeaderChange("input metric", metric, oi.MetricHeaders, ni.MetricHeaders, oldAt, newAt));
            }
            else if (inNew) changes.Add(Input(metric, $"input metric {metric} added", "metric", null, WithHeader(RuleText.Lower(u2), metric, ni.MetricHeaders)));
            else changes.Add(Input(metric, $"input metric {metric} removed", "metric", WithHeader(RuleText.Lower(u1), metric, oi.MetricHeaders), null));
        }
        foreach (var metric in ni.TextMetrics.Concat(oi.TextMetrics).Distinct(StringComparer.Ordinal))
        {
            var (inOld, inNew) = (oi.TextMetrics.Contains(metric), ni.TextMetrics.Contains(metric));
            if (inOld && inNew) changes.Add(HeaderChange("input text metric", metric, oi.MetricHeaders, ni.MetricHeaders, oldAt, newAt));
            else if (inNew) changes.Add(Input(metric, $"input text metric {metric} added", "text metric", null, WithHeader("text", metric, ni.MetricHeaders)));
            else changes.Add(Input(metric, $"input text metric {metric} removed", "text metric", WithHeader("text", metric, oi.MetricHeaders), null));
        }
        foreach (var metric in ni.TeamMetrics.Concat(oi.TeamMetrics).Distinct(StringComparer.Ordinal))
        {
            var (inOld, inNew) = (oi.TeamMetrics.Contains(metric), ni.TeamMetrics.Contains(metric));
            if (inOld && inNew) changes.Add(HeaderChange("input team metric", metric, oi.TeamMetricHeaders, ni.TeamMetricHeaders, oldAt, newAt));
            else if (inNew) changes.Add(Input(metric, $"input team metric {metric} added", "team metric", null, WithHeader("team metric", metric, ni.TeamMetricHeaders)));
            else changes.Add(Input(metric, $"input team metric {metric} removed", "team metric", WithHeader("team metric", metric, oi.TeamMetricHeaders), null));
        }
        changes.Add(Field(RuleChangeKind.Input, "metrics_required", "inputs: whether every employed agent needs a metrics row changed", "metrics_required",
            Yes(oi.MetricsRequired), Yes(ni.MetricsRequired), oldAt, newAt));
        changes.Add(Field(RuleChangeKind.Input, "team_metrics_required", "inputs: whether every team needs a team_metrics row changed", "team_metrics_required",
            Yes(oi.TeamMetricsRequired), Yes(ni.TeamMetricsRequired), oldAt, newAt));
        changes.Add(Field(RuleChangeKind.Input, "installment_terms_from", "inputs: the table that lists the valid installment terms changed", "installment_terms_from",
            oi.InstallmentTermsFrom, ni.InstallmentTermsFrom, oldAt, newAt));
        return changes.OfType<RuleChange>();
    }

    private static string Yes(bool value) => value ? "yes" : "no";

    private static string WithHeader(string what, string name, IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue(name, out var header) ? $"{what}, header {header}" : what;

    private static RuleChange? HeaderChange(string what, string name, IReadOnlyDictionary<string, string> olds, IReadOnlyDictionary<string, string> news,
        string oldAt, string newAt)
    {
        var (before, after) = (olds.GetValueOrDefault(name), news.GetValueOrDefault(name));
        return before == after ? null : new RuleChange(RuleChangeKind.Input, name, $"{what} {name}: the column header a file may use instead of the name changed")
        { Field = "header", Old = before, New = after, OldLocation = before is null ? null : oldAt, NewLocation = after is null ? null : newAt };
    }

    private static IEnumerable<RuleChange> Cities(PlanDefinition o, PlanDefinition n) =>
        Matched(o.Cities, n.Cities, c => c.Code,
            (a, b) =>
            {
                var named = Field(RuleChangeKind.CityChanged, b.Code, $"city {b.Code}: its name changed", "name", a.Name, b.Name,
                    RuleLocation.Of(a.File, 1), RuleLocation.Of(b.File, 1), RuleText.Words(a.Name), RuleText.Words(b.Name));
                return (named is null ? [] : new[] { named }).Concat(ParameterComparison.Compare(a.Parameters, b.Parameters, b.Code));
            },
            c => new RuleChange(RuleChangeKind.CityAdded, c.Code, $"city {c.Code} ({c.Name}) added, {c.Parameters.Count} parameters")
            { New = c.Name, NewLocation = RuleLocation.FileOf(c.File) },
            c => new RuleChange(RuleChangeKind.CityRemoved, c.Code, $"city {c.Code} ({c.Name}) removed: agents of that city can no longer be paid")
            { Old = c.Name, OldLocation = RuleLocation.FileOf(c.File) });

    private static string HistoryText(HistoryDefinition h)
    {
        var what = h.CountsMonths ? "number of earlier months with a payslip" : $"{(h.Negate ? "minus " : "")}sum of {string.Join(" + ", h.Lines)}";
        return $"{what}{(h.ByMonth ? " per month" : "")} over {RuleText.Lower(h.Window)}" +
            (h.Opening is { } opening ? $", plus opening balance {RuleText.Lower(opening)}" : "") +
            (h.Unit == Unit.Any ? "" : $" ({RuleText.Lower(h.Unit)})");
    }

    private static RuleChange Whole(RuleChangeKind kind, HistoryDefinition h)
    {
        var added = kind == RuleChangeKind.HistoryAdded;
        var at = RuleLocation.Of(h.File, h.Line);
        return new RuleChange(kind, h.Name, $"history value {h.Name} {(added ? "added" : "removed")}")
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
        var subject = $"history value {n.Name}";
        RuleChange?[] changes =
        [
            // The lines are summed: their order is not a change.
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: the lines it sums changed", "lines", string.Join(", ", o.Lines), string.Join(", ", n.Lines),
                oldAt, newAt, string.Join(",", o.Lines.Distinct().Order(StringComparer.Ordinal)), string.Join(",", n.Lines.Distinct().Order(StringComparer.Ordinal))),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: whether it counts months instead of summing lines changed", "months",
                Yes(o.CountsMonths), Yes(n.CountsMonths), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: whether it is kept per month changed", "by_month", Yes(o.ByMonth), Yes(n.ByMonth), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: whether the sum is negated changed", "negate", Yes(o.Negate), Yes(n.Negate), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: the opening balance it starts from changed", "opening",
                o.Opening is { } a ? RuleText.Lower(a) : null, n.Opening is { } b ? RuleText.Lower(b) : null, oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: the months it reads changed", "window", RuleText.Lower(o.Window), RuleText.Lower(n.Window), oldAt, newAt),
            Field(RuleChangeKind.HistoryChanged, n.Name, $"{subject}: its unit changed", "unit", RuleText.Lower(o.Unit), RuleText.Lower(n.Unit), oldAt, newAt),
        ];
        return changes.OfType<RuleChange>();
    }

    private static string FileOf(PlanDefinition plan, string file) => file.Length == 0 ? plan.File : file;

    private static string? GroupText(GroupDefinition? g) => g is null ? null :
        $"{RuleText.Lower(g.Kind)} of {RuleText.Words(g.Of)}" + (g.Where is { } where ? $" where {RuleText.Words(where)}" : "") + (g.Descending ? "" : " ascending");

    private static string? GroupCanonical(GroupDefinition? g) => g is null ? null :
        $"{g.Kind}|{RuleText.Formula(g.Of)}|{RuleText.Formula(g.Where)}|{g.Descending}";

    private static string ComponentText(ComponentDefinition c) =>
        (c.When is { } when ? $"when {RuleText.Words(when)}: " : "") + (c.Amount is { } amount ? RuleText.Words(amount) : GroupText(c.Group) ?? "");

    private static IReadOnlyList<string> ComponentReads(ComponentDefinition c) => RuleText.Reads(c.When, c.Amount, c.Group?.Of, c.Group?.Where);

    private static RuleChange Whole(RuleChangeKind kind, PlanDefinition plan, ComponentDefinition c)
    {
        var added = kind == RuleChangeKind.ComponentAdded;
        var at = RuleLocation.Of(FileOf(plan, c.File), c.Line);
        return new RuleChange(kind, c.Code, $"component {c.Code} ({c.Name}, {RuleText.Lower(c.Category)}) {(added ? "added" : "removed")}")
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
        var subject = $"component {n.Code} ({n.Name})";
        var kind = RuleChangeKind.ComponentChanged;
        var changes = new List<RuleChange?>
        {
            Field(kind, n.Code, $"{subject}: its names changed", "name", $"{o.Name} / {o.NameEn}", $"{n.Name} / {n.NameEn}", oldAt, newAt,
                $"{RuleText.Words(o.Name)}/{RuleText.Words(o.NameEn)}", $"{RuleText.Words(n.Name)}/{RuleText.Words(n.NameEn)}"),
            Field(kind, n.Code, $"{subject}: its category changed", "category", RuleText.Lower(o.Category), RuleText.Lower(n.Category), oldAt, newAt),
            Field(kind, n.Code, $"{subject}: its type changed", "type", RuleText.Lower(o.Type), RuleText.Lower(n.Type), oldAt, newAt),
            Field(kind, n.Code, $"{subject}: its unit changed", "unit", RuleText.Lower(o.Unit), RuleText.Lower(n.Unit), oldAt, newAt),
        };
        if (Field(kind, n.Code, $"{subject}: its condition (when) changed", "when", Raw(o.When), Raw(n.When),
                RuleLocation.Of(oldFile, o.WhenLine > 0 ? o.WhenLine : o.Line), RuleLocation.Of(newFile, n.WhenLine > 0 ? n.WhenLine : n.Line),
                RuleText.Formula(o.When), RuleText.Formula(n.When)) is { } when)
            changes.Add(when with { OldReads = RuleText.Reads(o.When), NewReads = RuleText.Reads(n.When) });
        // The plan writes a line's formula under `amount:`, a variable's under `value:`.
        var formulaKey = n.IsLine ? "amount" : "value";
        if (Field(kind, n.Code, $"{subject}: its formula ({formulaKey}) changed", formulaKey, Raw(o.Amount), Raw(n.Amount),
                RuleLocation.Of(oldFile, o.AmountLine > 0 ? o.AmountLine : o.Line), RuleLocation.Of(newFile, n.AmountLine > 0 ? n.AmountLine : n.Line),
                RuleText.Formula(o.Amount), RuleText.Formula(n.Amount)) is { } amount)
            changes.Add(amount with { OldReads = RuleText.Reads(o.Amount), NewReads = RuleText.Reads(n.Amount) });
        if (Field(kind, n.Code, $"{subject}: its team group changed", "group", GroupText(o.Group), GroupText(n.Group),
                RuleLocation.Of(oldFile, o.Group?.Line ?? o.Line), RuleLocation.Of(newFile, n.Group?.Line ?? n.Line),
                GroupCanonical(o.Group), GroupCanonical(n.Group)) is { } group)
            changes.Add(group with { OldReads = RuleText.Reads(o.Group?.Of, o.Group?.Where), NewReads = RuleText.Reads(n.Group?.Of, n.Group?.Where) });
        return changes.OfType<RuleChange>();
    }

    private static string? Raw(string? formula) => string.IsNullOrWhiteSpace(formula) ? null : RuleText.Words(formula);

    private static RuleChange Whole(RuleChangeKind kind, PlanDefinition plan, FlagDefinition f)
    {
        var added = kind == RuleChangeKind.FlagAdded;
        var at = RuleLocation.Of(FileOf(plan, f.File), f.Line);
        var text = $"when {RuleText.Words(f.When)}: {RuleText.Words(f.Message)}";
        return new RuleChange(kind, f.Code, $"flag {f.Code} {(added ? "added" : "removed")}")
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
        if (Field(RuleChangeKind.FlagChanged, n.Code, $"flag {n.Code}: its condition (when) changed", "when", RuleText.Words(o.When), RuleText.Words(n.When),
                oldAt, newAt, RuleText.Formula(o.When), RuleText.Formula(n.When)) is { } when)
            yield return when with { OldReads = RuleText.Reads(o.When), NewReads = RuleText.Reads(n.When) };
        if (Field(RuleChangeKind.FlagChanged, n.Code, $"flag {n.Code}: its message changed", "message", RuleText.Words(o.Message), RuleText.Words(n.Message),
                oldAt, newAt) is { } message)
            yield return message;
    }
}
