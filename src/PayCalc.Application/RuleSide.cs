using PayCalc.Domain.Calendar;
using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// One side of a rule comparison: a loaded plan and, when it can be reached, its calendar. <see cref="Label"/> says
/// where it came from (a plan file, later a stored month's rule snapshot).
/// </summary>
public sealed record RuleSide(string Label, PlanDefinition Plan, WorkCalendar? Calendar);
