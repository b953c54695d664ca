using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads income-tax opening balances (data contract <c>ytd</c>): one row per agent and year, amounts in CNY,
/// never negative; months 0-12. A second row for the same agent and year is an error. The file serves the whole
/// year, so a row for an agent no longer on the month's roster (a leaver) is ignored with a warning; an agent who
/// needs a balance and has none is caught by the opening-balance check.
/// </summary>
internal sealed class YtdImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.Ytd, context)
{
    public List<YtdBalance> Read()
    {
        var result = new List<YtdBalance>();
        if (Columns.MissingRequired) return result;
        WarnUnknownColumns();
        int cId = Columns["agent_id"], cYear = Columns["year"], cMonths = Columns["months"], cIncome = Columns["income"],
            cSpecial = Columns["special_deductions"], cAdditional = Columns["additional_deductions"], cTax = Columns["tax_withheld"];
        var firstRow = new Dictionary<(string, int), int>();
        while (Table.Read())
        {
            var before = ErrorCount;
            var inRoster = RequiredText(cId, "agent_id", out var id) && (Context.RosterUnavailable || Context.Roster.ContainsKey(id));
            var year = 0;
            if (RequiredDecimal(cYear, "year", out var y))
            {
                if (y != decimal.Truncate(y) || y is < 1990 or > 9999) Error(cYear, "year", Messages.Get("Import_YtdYear"));
                else year = (int)y;
            }
            var months = 0;
            if (RequiredDecimal(cMonths, "months", out var m))
            {
                if (m != decimal.Truncate(m) || m is < 0 or > 12) Error(cMonths, "months", Messages.Get("Import_YtdMonths"));
                else months = (int)m;
            }
            var income = Amount(cIncome, "income");
            var special = Amount(cSpecial, "special_deductions");
            var additional = Amount(cAdditional, "additional_deductions");
            var tax = Amount(cTax, "tax_withheld");
            if (ErrorCount != before)
            {
                Rejected(id);
                continue;
            }
            if (firstRow.TryGetValue((id, year), out var first))
            {
                Error(cId, "agent_id", Messages.Format("Import_YtdDuplicate", year, first));
                continue;
            }
            firstRow[(id, year)] = Table.Row;
            if (!inRoster)
            {
                Context.Warnings.Add($"{Table.FileName}:{Table.Sheet}:{Table.Row}:{ColumnName(cId, "agent_id")}: " + Messages.Format("Import_YtdAgentNotInRoster", id));
                continue;
            }
            result.Add(new YtdBalance
            {
                AgentId = id,
                Year = year,
                Months = months,
                Income = income,
                SpecialDeductions = special,
                AdditionalDeductions = additional,
                TaxWithheld = tax,
                Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
            });
        }
        return result;
    }

    private decimal Amount(int col, string name)
    {
        if (!RequiredDecimal(col, name, out var value) || !WithinMaxAmount(col, name, value)) return 0m;
        if (value < 0) Error(col, name, Messages.Get("Import_Negative"));
        return value;
    }
}
