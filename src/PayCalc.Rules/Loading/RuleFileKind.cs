namespace PayCalc.Rules.Loading;

/// <summary>What a rule file read by the loader is to the plan.</summary>
public enum RuleFileKind
{
    /// <summary>The plan file itself.</summary>
    Plan,
    /// <summary>A parameter file or module listed under the plan's <c>include:</c>.</summary>
    Include,
    /// <summary>A statutory city profile from the plan's city folder.</summary>
    City,
    /// <summary>A calendar file of <c>rules/calendars</c>.</summary>
    Calendar,
}
