namespace PayCalc.Application;

/// <summary>What kind of rule a <see cref="RuleChange"/> is about and how it changed. Written to JSON in kebab case
/// (<c>ParameterValue</c> = <c>parameter-value</c>).</summary>
public enum RuleChangeKind
{
    /// <summary>The plan's header: names, version, effective dates, calendar, default city.</summary>
    Plan,
    /// <summary>What the plan reads from the input files (metrics, text and team metrics, their headers, requirements).</summary>
    Input,
    ParameterAdded,
    ParameterRemoved,
    /// <summary>The value in force from a date differs (a dated value changed, added or removed).</summary>
    ParameterValue,
    /// <summary>The parameter's <c>source:</c> text (its legal or business reference) changed.</summary>
    ParameterSource,
    /// <summary>The parameter's kind (value, table, scale, brackets) or unit changed.</summary>
    ParameterDefinition,
    CityAdded,
    CityRemoved,
    CityChanged,
    HistoryAdded,
    HistoryRemoved,
    HistoryChanged,
    ComponentAdded,
    ComponentRemoved,
    /// <summary>A component's condition, formula, category, group, names, type or unit changed.</summary>
    ComponentChanged,
    FlagAdded,
    FlagRemoved,
    FlagChanged,
    /// <summary>The wording of a check's exceptions (<c>message:</c> or <c>message_en:</c>) changed.</summary>
    CheckChanged,
    /// <summary>A date has another day type (working day, rest day, statutory holiday).</summary>
    CalendarDay,
    /// <summary>A calendar year is covered on one side only.</summary>
    CalendarYear,
}
