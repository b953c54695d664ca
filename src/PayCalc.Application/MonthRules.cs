using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>The rules a month is computed with: its plan compiled for the month and the calendar that covers it.</summary>
public static class MonthRules
{
    /// <summary>The plan compiled for <paramref name="period"/> and its calendar, which must cover the period's year.</summary>
    /// <remarks>When <paramref name="files"/> is given, every rule file read is recorded in it (the run's rule snapshot).</remarks>
    /// <exception cref="RuleLoadException">Every problem with the rule files, each with file and line.</exception>
    public static (CompiledPlan Plan, WorkCalendar Calendar) Load(string planPath, string rulesDirectory, Period period, RuleFiles? files = null)
    {
        if (Directory.Exists(planPath))
            throw new RuleLoadException([new RuleError(planPath, 0, "plan", Messages.Get("Plan_IsFolder"))]);
        if (!File.Exists(planPath))
            throw new RuleLoadException([new RuleError(planPath, 0, "plan",
                Messages.Format("Plan_NotFound", Directory.GetCurrentDirectory()))]);
        var definition = PlanLoader.Load(planPath, files);
        var calendars = Path.Combine(rulesDirectory, "calendars");
        var calendar = CalendarLoader.LoadAll(calendars, definition.Calendar, files);
        if (!calendar.Covers(period))
            throw new RuleLoadException([new RuleError(Path.Combine(calendars, $"{definition.Calendar}-{period.Year}.yaml"), 0, definition.Calendar, Messages.Format("Plan_NoCalendar", period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        return (PlanCompiler.Compile(definition, period), calendar);
    }
}
