using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;

namespace PayCalc.Application;

/// <summary>A month's stored deals, found from a trace row: by the row's source (file, sheet, row), else by agent,
/// booking day and amount.</summary>
internal sealed class DealIndex
{
    private readonly Dictionary<(string AgentId, SourceRef Source), Deal> _bySource = [];
    private readonly ILookup<(string AgentId, DateOnly Booked, decimal Amount), Deal> _byBooking;

    public DealIndex(IReadOnlyList<Deal> deals)
    {
        foreach (var d in deals) _bySource.TryAdd((d.AgentId, d.Source), d);
        _byBooking = deals.ToLookup(d => (d.AgentId, d.BookedDate, d.Amount));
    }

    public Deal? Find(string agentId, TraceRow row, decimal? amount) =>
        _bySource.GetValueOrDefault((agentId, row.Source))
        ?? (amount is { } a ? _byBooking[(agentId, row.Date, a)].FirstOrDefault() : null);
}
