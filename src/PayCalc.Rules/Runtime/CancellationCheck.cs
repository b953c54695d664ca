using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// A month's sales file repeats an earlier month's deal when it is cancelled in the month (data contract): same
/// deal id, agent, booked date, amount and term, plus the cancelled date. Such a row must match the deal as an
/// earlier month's run stored it, and that deal must not be cancelled already; otherwise the clawback would take
/// back commission that was never paid (or paid differently). Every mismatch is listed.
/// </summary>
public static class CancellationCheck
{
    /// <summary>The deals of <paramref name="input"/> booked before the period (cancellations of earlier deals).</summary>
    public static IReadOnlyList<Deal> EarlierDeals(PayrollInput input) =>
        input.Deals.Where(d => d.BookedDate < input.Period.FirstDay).ToList();

    /// <param name="input">The month's imported input.</param>
    /// <param name="stored">The earlier deals as stored by earlier months' runs, by deal id.</param>
    public static IReadOnlyList<InputError> Check(PayrollInput input, IReadOnlyDictionary<string, Deal> stored)
    {
        var errors = new List<InputError>();
        foreach (var d in EarlierDeals(input).OrderBy(d => d.Source.Row))
        {
            void Error(string column, string message, string? value) =>
                errors.Add(new InputError(d.Source.File.Length > 0 ? d.Source.File : "sales", d.Source.Sheet, d.Source.Row, column, message, value));

            if (!stored.TryGetValue(d.DealId, out var s))
            {
                Error("deal_id", RuleMessages.Format("Input_CancelledUnknownDeal", d.DealId, Iso(d.BookedDate), input.Period), d.DealId);
                continue;
            }
            if (s.AgentId != d.AgentId) Error("agent_id", RuleMessages.Format("Input_DealOtherAgent", d.DealId, s.AgentId), d.AgentId);
            if (s.BookedDate != d.BookedDate) Error("booked_date", RuleMessages.Format("Input_DealOtherDate", d.DealId, Iso(s.BookedDate)), Iso(d.BookedDate));
            if (s.Amount != d.Amount) Error("amount", RuleMessages.Format("Input_DealOtherAmount", d.DealId, s.Amount.ToString(CultureInfo.InvariantCulture)), d.Amount.ToString(CultureInfo.InvariantCulture));
            if (s.TermMonths != d.TermMonths) Error("term_months", RuleMessages.Format("Input_DealOtherTerm", d.DealId, s.TermMonths), d.TermMonths.ToString(CultureInfo.InvariantCulture));
            if (s.CancelledDate is { } before)
                Error("cancelled_date", RuleMessages.Format("Input_DealCancelledBefore", d.DealId, Iso(before)), d.CancelledDate is { } c ? Iso(c) : "");
        }
        return errors;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
