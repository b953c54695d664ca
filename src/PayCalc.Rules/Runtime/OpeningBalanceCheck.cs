using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// Cumulative withholding needs the whole tax year. An agent employed before the first month PayCalc holds
/// for the year (and that month is not January) was paid by an earlier system: without an opening balance in
/// the ytd file the tax would be wrong, so every such agent is listed and the run stops. Safe on a partly valid input:
/// an agent whose ytd row the import rejected is not listed again.
/// </summary>
public static class OpeningBalanceCheck
{
    /// <summary>Every agent of the period who needs an opening balance and has none; <paramref name="firstHeldMonth"/> is
    /// the earliest month of the period's year with a stored run, or the period itself.</summary>
    public static IReadOnlyList<InputError> Check(CompiledPlan plan, PayrollInput input, Period firstHeldMonth)
    {
        var errors = new List<InputError>();
        var period = plan.Period;
        if (!plan.UsesOpeningBalances || firstHeldMonth.Month == 1) return errors;
        var withBalance = input.YtdBalances.Where(b => b.Year == period.Year).Select(b => b.AgentId).ToHashSet(StringComparer.Ordinal);
        foreach (var a in input.Agents.Where(a => a.IsEmployedIn(period)).OrderBy(a => a.AgentId, StringComparer.Ordinal))
        {
            if (a.HireDate >= firstHeldMonth.FirstDay || withBalance.Contains(a.AgentId) || input.Rejected.Covers("ytd", a.AgentId)) continue;
            errors.Add(new InputError(a.Source.File.Length > 0 ? a.Source.File : "agents", a.Source.Sheet, a.Source.Row, "hire_date",
                RuleMessages.Format("Input_NoOpeningBalance", a.AgentId, firstHeldMonth, period.Year),
                a.HireDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return errors;
    }
}
