using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Generate;

/// <summary>
/// Illustrative income-tax opening balances for generated input (what a previous payroll system withheld from
/// January to the month before the period) for an agent hired before the period: months employed on some day
/// of the month, income of base salary + 600 a month, own contributions of 1,150 a month, no special additional
/// deductions, tax at 3 % of the cumulative taxable income. Example data for tests and benchmarks, not a rule.
/// </summary>
public static class IllustrativeOpeningBalance
{
    /// <summary>The balance for <paramref name="agent"/>, or null when the agent needs none (hired in or after the
    /// period, not employed in it, or the period is January).</summary>
    public static YtdBalance? For(Agent agent, Period period)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (agent.HireDate >= period.FirstDay || !agent.IsEmployedIn(period) || period.Month == 1) return null;
        var months = Enumerable.Range(1, period.Month - 1).Count(m => agent.IsEmployedIn(new Period(period.Year, m)));
        var income = months * (agent.BaseSalary + 600m);
        var special = months * 1150m;
        var taxable = Math.Max(0m, income - 5000m * months - special);
        return new YtdBalance
        {
            AgentId = agent.AgentId, Year = period.Year, Months = months, Income = income, SpecialDeductions = special,
            AdditionalDeductions = 0m, TaxWithheld = Money.Round(taxable * 0.03m),
        };
    }
}
