using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads agent metrics: one row per agent and month. Known metrics must be numbers (pa_rating is text);
/// every other column is kept as a metric too, named by its header in lower case: numeric when all its
/// values are numbers, otherwise text.
/// </summary>
internal sealed class MetricsImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.Metrics, context)
{
    public List<AgentMetrics> Read()
    {
        var result = new List<AgentMetrics>();
        if (Columns.MissingRequired) return result;
        int cId = Columns["agent_id"], cPeriod = Columns["period"], cRating = Columns["pa_rating"];
        // Every known metric but the text pa_rating, taken from the columns: a hand-kept list here once missed
        // damage_claim, whose column then matched a known name and was read by no one (the deduction silently 0).
        var knownNumeric = ColumnDefs.Where(c => !c.Required && c.Name != "pa_rating").Select(c => c.Name);
        var numeric = knownNumeric.Select(n => (Name: n, Col: Columns[n])).Where(x => x.Col >= 0).ToArray();
        var unknown = Columns.Unknown;
        var unknownNames = unknown.Select(i => Table.Headers[i].ToLowerInvariant()).ToArray();
        var unknownIsNumber = Enumerable.Repeat(true, unknown.Count).ToArray();
        var rows = new List<(string AgentId, Period Period, Dictionary<string, decimal> Numbers, Dictionary<string, string> Texts, string?[] Extra, SourceRef Source)>();
        var firstRow = new Dictionary<(string, Period), int>();

        while (Table.Read())
        {
            var before = ErrorCount;
            var agent = LookupAgent(cId, out var agentId);
            if (RequiredPeriod(cPeriod, "period", out var period))
            {
                if (period != Context.Period)
                    Error(cPeriod, "period", Messages.Format("Import_PeriodMismatch", period, Context.Period));
                else if (agent is not null && !agent.IsEmployedIn(period))
                    Error(cId, "agent_id", Messages.Format("Import_NotEmployedInPeriod", agentId, period));
                if (agentId.Length > 0)
                {
                    if (firstRow.TryGetValue((agentId, period), out var first))
                        Error(cId, "agent_id", Messages.Format("Import_DuplicateMetrics", agentId, period, first));
                    else firstRow[(agentId, period)] = Table.Row;
                }
            }
            var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (name, col) in numeric)
            {
                if (Table.IsBlank(col)) continue;
                if (TryGetMetric(col, name, out var v)) numbers[name] = v;
            }
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!Table.IsBlank(cRating)) texts["pa_rating"] = Table.Text(cRating).ToString().ToUpperInvariant();
            var extra = new string?[unknown.Count];
            for (var k = 0; k < unknown.Count; k++)
            {
                if (Table.IsBlank(unknown[k])) continue;
                if (Table.TryGetDecimal(unknown[k], out var v))
                {
                    if (WithinMaxAmount(unknown[k], unknownNames[k], v)) extra[k] = v.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    extra[k] = Table.Text(unknown[k]).ToString();
                    unknownIsNumber[k] = false;
                }
            }
            if (ErrorCount != before) Rejected(agentId);
            else
                rows.Add((agentId, period, numbers, texts, extra, new SourceRef(Table.FileName, Table.Sheet, Table.Row)));
        }

        foreach (var row in rows)
        {
            for (var k = 0; k < unknown.Count; k++)
            {
                if (row.Extra[k] is not { } value) continue;
                if (unknownIsNumber[k]) row.Numbers[unknownNames[k]] = decimal.Parse(value, CultureInfo.InvariantCulture);
                else row.Texts[unknownNames[k]] = value;
            }
            result.Add(new AgentMetrics
            {
                AgentId = row.AgentId,
                Period = row.Period,
                Numbers = row.Numbers,
                Texts = row.Texts,
                Source = row.Source,
            });
        }
        return result;
    }
}
