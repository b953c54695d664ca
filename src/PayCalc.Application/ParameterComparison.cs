using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// Compares two lists of parameters by name (their order and the file that holds them do not count): added, removed,
/// and for each parameter on both sides its kind, unit, source and the value in force from every date either side
/// names. A comment is not compared.
/// </summary>
internal static class ParameterComparison
{
    /// <summary>A parameter's dated values as canonical text (see <see cref="RuleText"/>), ascending by date.</summary>
    private sealed record Dated(DateOnly From, string Value, int Line);

    /// <summary>The changes from <paramref name="olds"/> to <paramref name="news"/>, in the new list's order, then the removed
    /// ones in the old list's order. <paramref name="city"/> names the city profile the parameters belong to, if any.</summary>
    public static IEnumerable<RuleChange> Compare(IReadOnlyList<ParameterDefinition> olds, IReadOnlyList<ParameterDefinition> news, string? city)
    {
        var oldByName = ByName(olds);
        var newByName = ByName(news);
        foreach (var n in newByName.Values)
        {
            if (!oldByName.TryGetValue(n.Name, out var o))
            {
                yield return Whole(RuleChangeKind.ParameterAdded, n, city);
                continue;
            }
            foreach (var change in Changes(o, n, city)) yield return change;
        }
        foreach (var o in oldByName.Values.Where(o => !newByName.ContainsKey(o.Name)))
            yield return Whole(RuleChangeKind.ParameterRemoved, o, city);
    }

    /// <summary>First definition of each name, in list order (names are unique in a valid plan).</summary>
    private static Dictionary<string, ParameterDefinition> ByName(IReadOnlyList<ParameterDefinition> parameters)
    {
        var byName = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        foreach (var p in parameters) byName.TryAdd(p.Name, p);
        return byName;
    }

    private static string NameOf(ParameterDefinition p, string? city) => city is null ? p.Name : $"{city}.{p.Name}";

    private static string Subject(ParameterDefinition p, string? city) => city is null ? DiffText.Format("Parameter_Subject", p.Name) : DiffText.Format("Parameter_CitySubject", city, p.Name);

    private static RuleChange Whole(RuleChangeKind kind, ParameterDefinition p, string? city)
    {
        var values = Values(p);
        var text = string.Join(DiffText.Get("Value_DatedSeparator"), values.Select(v => DiffText.Format("Value_FromDate", RuleText.Date(v.From), v.Value)));
        var location = RuleLocation.Of(p.File, p.Line);
        var added = kind == RuleChangeKind.ParameterAdded;
        return new RuleChange(kind, NameOf(p, city), DiffText.Format(added ? "Parameter_Added" : "Parameter_Removed", Subject(p, city), KindOf(p), UnitText(p)))
        {
            Old = added ? null : text,
            New = added ? text : null,
            From = values.Count > 0 ? values[0].From : null,
            OldLocation = added ? null : location,
            NewLocation = added ? location : null,
        };
    }

    private static string UnitText(ParameterDefinition p) => p.Unit == Unit.Any ? "" : DiffText.Format("Parameter_Unit", RuleText.Lower(p.Unit));

    private static IEnumerable<RuleChange> Changes(ParameterDefinition o, ParameterDefinition n, string? city)
    {
        var name = NameOf(n, city);
        var subject = Subject(n, city);
        var oldAt = RuleLocation.Of(o.File, o.Line);
        var newAt = RuleLocation.Of(n.File, n.Line);
        if (KindOf(o) != KindOf(n))
            yield return new RuleChange(RuleChangeKind.ParameterDefinition, name, DiffText.Format("Parameter_KindChanged", subject))
            { Field = "type", Old = KindOf(o), New = KindOf(n), OldLocation = oldAt, NewLocation = newAt };
        if (o.Unit != n.Unit)
            yield return new RuleChange(RuleChangeKind.ParameterDefinition, name, DiffText.Format("Parameter_UnitChanged", subject))
            { Field = "unit", Old = RuleText.Lower(o.Unit), New = RuleText.Lower(n.Unit), OldLocation = oldAt, NewLocation = newAt };
        if (RuleText.Words(o.Source) != RuleText.Words(n.Source))
            yield return new RuleChange(RuleChangeKind.ParameterSource, name, DiffText.Format("Parameter_SourceChanged", subject))
            { Field = "source", Old = RuleText.Words(o.Source), New = RuleText.Words(n.Source), OldLocation = oldAt, NewLocation = newAt };
        var oldValues = Values(o);
        var newValues = Values(n);
        foreach (var day in oldValues.Select(v => v.From).Concat(newValues.Select(v => v.From)).Distinct().Order())
        {
            var before = InForce(oldValues, day);
            var after = InForce(newValues, day);
            if (before?.Value == after?.Value) continue;
            var date = RuleText.Date(day);
            var summary = (before, after) switch
            {
                (null, _) => DiffText.Format("Parameter_DefinedFrom", subject, date),
                (_, null) => DiffText.Format("Parameter_NoValueFrom", subject, date),
                _ when before.From < day => DiffText.Format("Parameter_NewValue", subject, date, before.Value, after.Value, RuleText.Date(before.From)),
                _ => DiffText.Format("Parameter_ValueChanges", subject, date, before.Value, after.Value),
            };
            yield return new RuleChange(RuleChangeKind.ParameterValue, name, summary)
            {
                Field = "value",
                Old = before?.Value,
                New = after?.Value,
                From = day,
                OldLocation = RuleLocation.Of(o.File, before?.Line ?? o.Line),
                NewLocation = RuleLocation.Of(n.File, after?.Line ?? n.Line),
            };
        }
    }

    private static Dated? InForce(IReadOnlyList<Dated> values, DateOnly day) => values.LastOrDefault(v => v.From <= day);

    private static string KindOf(ParameterDefinition p) => p switch
    {
        ValueParameter => DiffText.Get("Parameter_KindValue"),
        TableParameter => DiffText.Get("Parameter_KindTable"),
        ScaleParameter { Marginal: true } => DiffText.Get("Parameter_KindMarginalScale"),
        ScaleParameter => DiffText.Get("Parameter_KindScale"),
        BracketParameter => DiffText.Get("Parameter_KindBrackets"),
        _ => p.GetType().Name,
    };

    private static IReadOnlyList<Dated> Values(ParameterDefinition p)
    {
        IEnumerable<Dated> values = p switch
        {
            ValueParameter v => v.Values.Select(d => new Dated(d.From, RuleText.Number(d.Value), d.Line)),
            TableParameter t => t.Values.Select(d => new Dated(d.From, RuleText.Table(d.Value), d.Line)),
            ScaleParameter s => s.Values.Select(d => new Dated(d.From, RuleText.Scale(d.Value), d.Line)),
            BracketParameter b => b.Values.Select(d => new Dated(d.From, RuleText.Brackets(d.Value), d.Line)),
            _ => [],
        };
        return values.OrderBy(v => v.From).ToList();
    }
}
