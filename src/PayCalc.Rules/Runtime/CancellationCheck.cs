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
                Error("deal_id", $"cancellation of deal {d.DealId} booked {Iso(d.BookedDate)}, before {input.Period}, but no earlier month's run holds that deal; " +
                    "a cancelled earlier deal must be one PayCalc imported in its booking month", d.DealId);
                continue;
            }
            if (s.AgentId != d.AgentId) Error("agent_id", $"deal {d.DealId} was stored for agent {s.AgentId}", d.AgentId);
            if (s.BookedDate != d.BookedDate) Error("booked_date", $"deal {d.DealId} was stored as booked on {Iso(s.BookedDate)}", Iso(d.BookedDate));
            if (s.Amount != d.Amount) Error("amount", $"deal {d.DealId} was stored with amount {s.Amount.ToString(CultureInfo.InvariantCulture)}", d.Amount.ToString(CultureInfo.InvariantCulture));
            if (s.TermMonths != d.TermMonths) Error("term_months", $"deal {d.DealId} was stored with term {s.TermMonths}", d.TermMonths.ToString(CultureInfo.InvariantCulture));
            if (s.CancelledDate is { } before)
                Error("cancelled_date", $"deal {d.DealId} was already cancelled on {Iso(before)}", d.CancelledDate is { } c ? Iso(c) : "");
        }
        return errors;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
