using System.Linq.Expressions;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;

namespace PayCalc.Rules.Compilation;

/// <summary>A name the engine offers to every plan, with its unit and meaning (listed in the README).</summary>
public sealed record EngineFact(string Name, Unit Unit, string Meaning, Func<Expression, Expression> Access);

/// <summary>The names every plan can use without declaring them.</summary>
public static class EngineFacts
{
    private static Func<Expression, Expression> Prop(string name) => it => Expression.Property(it, name);

    public static readonly IReadOnlyList<EngineFact> All =
    [
        new("base_salary", Unit.Money, "monthly base salary B from the roster (CNY)", Prop(nameof(AgentScope.BaseSalary))),
        new("working_days", Unit.Days, "working days of the month per the calendar (W)", Prop(nameof(AgentScope.WorkingDays))),
        new("employed_working_days", Unit.Days, "working days of the month on which the agent is employed (E)", Prop(nameof(AgentScope.EmployedWorkingDays))),
        new("probation_working_days", Unit.Days, "employed working days on or before the probation end (Ep)", Prop(nameof(AgentScope.ProbationWorkingDays))),
        new("calendar_days", Unit.Days, "calendar days of the month", Prop(nameof(AgentScope.CalendarDays))),
        new("employed_calendar_days", Unit.Days, "calendar days of the month on which the agent is employed", Prop(nameof(AgentScope.EmployedCalendarDays))),
        new("on_probation_last_employed_day", Unit.Any, "true when the agent is on probation on the last employed day of the month", Prop(nameof(AgentScope.OnProbationLastEmployedDay))),
        new("has_metrics", Unit.Any, "true when the agent has a metrics row for the month", Prop(nameof(AgentScope.HasMetrics))),
        new("has_team_metrics", Unit.Any, "true when the agent's team has a team_metrics row for the month", Prop(nameof(AgentScope.HasTeamMetrics))),
        new("shifts", Unit.Any, "the month's shifts: Hours, IsWorkingDay, IsRestDay, IsStatutoryHoliday, HoursInWindow(from, to)", Prop(nameof(AgentScope.Shifts))),
        new("leave", Unit.Any, "the month's leave entries: Hours, IsPersonal, IsAnnual, IsSick", Prop(nameof(AgentScope.Leave))),
        new("deals", Unit.Any, "deals booked or cancelled in the month: Amount, TermMonths, BookedInMonth, CancelledInMonth, DaysToCancel", Prop(nameof(AgentScope.Deals))),
    ];
}
