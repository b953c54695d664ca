using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Rules.Evaluation;

/// <summary>An installment deal as rule expressions see it (<c>deals</c>), relative to the month being paid.</summary>
public sealed class DealFact(Deal deal, Period period) : ITracedRow
{
    SourceRef ITracedRow.Source { get; } = deal.Source;
    DateOnly ITracedRow.Date { get; } = deal.BookedDate;

    /// <summary>The deal id of the deals file (for checks and their messages).</summary>
    public string DealId { get; } = deal.DealId;
    public string AgentId { get; } = deal.AgentId;
    /// <summary>The day the deal was booked.</summary>
    public DateOnly BookedOn { get; } = deal.BookedDate;
    public decimal Amount { get; } = deal.Amount;
    public decimal TermMonths { get; } = deal.TermMonths;
    /// <summary>Booked in the month being paid.</summary>
    public bool BookedInMonth { get; } = period.Contains(deal.BookedDate);
    /// <summary>Cancelled in the month being paid.</summary>
    public bool CancelledInMonth { get; } = deal.CancelledDate is { } c && period.Contains(c);
    /// <summary>Whole months from the booking month to the month being paid (0 = booked this month, 1 = the month before).</summary>
    public decimal BookedMonthsAgo { get; } = (period.Year - deal.BookedDate.Year) * 12 + period.Month - deal.BookedDate.Month;
    /// <summary>Days from booking to cancellation; 0 when not cancelled.</summary>
    public decimal DaysToCancel { get; } = deal.CancelledDate is { } d ? d.DayNumber - deal.BookedDate.DayNumber : 0;
}
