using System.Linq.Expressions;
using PayCalc.Rules.Model;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>A name the engine offers to every plan, with its unit and meaning (listed in the README). <c>Meaning</c> is
/// the English text the README lists; people see <see cref="Description"/>, in their language.</summary>
public sealed record EngineFact(string Name, Unit Unit, string Meaning, Func<Expression, Expression> Access)
{
    /// <summary>The meaning in the current UI language (resource <c>Detail_Fact_&lt;name&gt;</c>; English is <see cref="Meaning"/>).</summary>
    public string Description => RuleMessages.Get("Detail_Fact_" + Name);
}

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
        new("city", Unit.Any, "the agent's statutory city profile (roster column city, else the plan's default)", Prop(nameof(AgentScope.City))),
        new("month_of_year", Unit.Count, "month number of the period, 1-12", Prop(nameof(AgentScope.MonthOfYear))),
        new("special_additional_deduction", Unit.Money, "monthly special additional deduction for income tax from the roster (0 when blank)", Prop(nameof(AgentScope.SpecialAdditionalDeduction))),
        new("declared_contribution_base", Unit.Money, "contribution base declared in the roster (0 when blank; see has_contribution_base)", Prop(nameof(AgentScope.DeclaredContributionBase))),
        new("has_contribution_base", Unit.Any, "true when the roster declares a contribution base", Prop(nameof(AgentScope.HasContributionBase))),
        new("declared_housing_fund_rate", Unit.Any, "housing fund rate from the roster (0 when blank; see has_housing_fund_rate)", Prop(nameof(AgentScope.DeclaredHousingFundRate))),
        new("has_housing_fund_rate", Unit.Any, "true when the roster gives a housing fund rate", Prop(nameof(AgentScope.HasHousingFundRate))),
        new("first_wage_income_of_year", Unit.Any, "STA 2020 No. 13 flag from the roster: this employer pays the first wage income of the year", Prop(nameof(AgentScope.FirstWageIncomeOfYear))),
        new("prior_year_low_income", Unit.Any, "STA 2020 No. 19 flag from the roster: last year withheld here every month, wages <= 60,000", Prop(nameof(AgentScope.PriorYearLowIncome))),
        new("contract_term_months", Unit.Count, "labour contract term in months from the roster (0 when blank; open-ended = 1200)", Prop(nameof(AgentScope.ContractTermMonths))),
        new("has_contract_term", Unit.Any, "true when the roster gives the contract term", Prop(nameof(AgentScope.HasContractTerm))),
        new("probation_months", Unit.Count, "probation length from the hire date to the probation end (inclusive), in months with a fraction; 0 without probation", Prop(nameof(AgentScope.ProbationMonths))),
        new("has_opening_balance", Unit.Any, "true when the ytd file has an opening balance for the agent and the period's year", Prop(nameof(AgentScope.HasOpeningBalance))),
        new("employed_on_month_end", Unit.Any, "true when the agent is employed on the last day of the month", Prop(nameof(AgentScope.EmployedOnMonthEnd))),
        new("month_ends_employed_this_year", Unit.Count, "months of the year up to this one on whose last day the agent is employed (from hire and termination dates)", Prop(nameof(AgentScope.MonthEndsEmployedThisYear))),
        new("quarter_end_month", Unit.Any, "true in March, June, September and December", Prop(nameof(AgentScope.QuarterEndMonth))),
        new("shifts", Unit.Any, "the month's shifts: Hours, IsWorkingDay, IsRestDay, IsStatutoryHoliday, HoursInWindow(from, to)", Prop(nameof(AgentScope.Shifts))),
        new("leave", Unit.Any, "the month's leave entries: Hours, IsPersonal, IsAnnual, IsSick", Prop(nameof(AgentScope.Leave))),
        new("deals", Unit.Any, "deals booked or cancelled in the month: Amount, TermMonths, BookedInMonth, CancelledInMonth, DaysToCancel, BookedMonthsAgo", Prop(nameof(AgentScope.Deals))),
    ];
}
