using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads installment deals. A deal belongs to the period when booked in it; a deal booked earlier is
/// accepted only when it is cancelled in the period (that is how later cancellations arrive).
/// Which terms are valid is the plan's business; here a term is any positive whole number of months.
/// </summary>
internal sealed class SalesImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.Sales, context)
{
    public List<Deal> Read()
    {
        var deals = new List<Deal>();
        if (Columns.MissingRequired) return deals;
        WarnUnknownColumns();
        int cDeal = Columns["deal_id"], cId = Columns["agent_id"], cBooked = Columns["booked_date"], cAmount = Columns["amount"],
            cTerm = Columns["term_months"], cCancel = Columns["cancelled_date"];
        var period = Context.Period;
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        while (Table.Read())
        {
            var before = ErrorCount;
            if (RequiredText(cDeal, "deal_id", out var dealId))
            {
                if (firstRow.TryGetValue(dealId, out var first))
                    Error(cDeal, "deal_id", Messages.Format("Import_DuplicateDealId", first));
                else firstRow[dealId] = Table.Row;
            }
            var agent = LookupAgent(cId, out var agentId);
            var bookedOk = RequiredDate(cBooked, "booked_date", out var booked);
            var cancelOk = OptionalDate(cCancel, "cancelled_date", out var cancelled);
            if (bookedOk)
            {
                if (agent is not null) CheckEmployed(agent, booked, cBooked, "booked_date");
                var cancelledInPeriod = cancelOk && cancelled is { } c && period.Contains(c);
                if (!period.Contains(booked) && !(booked < period.FirstDay && cancelledInPeriod))
                    Error(cBooked, "booked_date", Messages.Format("Import_BookedOutsidePeriod", period));
                if (cancelOk && cancelled is { } c2 && c2 < booked)
                    Error(cCancel, "cancelled_date", Messages.Format("Import_CancelledBeforeBooked", Iso(booked)));
            }
            if (RequiredDecimal(cAmount, "amount", out var amount) && WithinMaxAmount(cAmount, "amount", amount) && amount <= 0)
                Error(cAmount, "amount", Messages.Get("Import_AmountNotPositive"));
            var term = 0;
            if (Table.IsBlank(cTerm)) BlankError(cTerm, "term_months");
            else if (!Table.TryGetDecimal(cTerm, out var t) || t != decimal.Truncate(t) || t <= 0 || t > 1200)
                Error(cTerm, "term_months", Messages.Get("Import_TermMonths"));
            else term = (int)t;
            if (ErrorCount != before) continue;
            deals.Add(new Deal
            {
                DealId = dealId,
                AgentId = agentId,
                BookedDate = booked,
                Amount = amount,
                TermMonths = term,
                CancelledDate = cancelled,
                Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
            });
        }
        return deals;
    }
}
