using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Reads team metrics: one row per team and month; every other column is a numeric metric, named by its English
/// name when the header is its name or the plan's header for it (退款率 = refund_rate), else by its header in lower case.
/// </summary>
internal sealed class TeamMetricsImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.TeamMetrics, context)
{
    public List<TeamMetrics> Read()
    {
        var result = new List<TeamMetrics>();
        if (Columns.MissingRequired) return result;
        int cTeam = Columns["team"], cPeriod = Columns["period"];
        var known = ColumnDefs.Where(c => !c.Required && Columns[c.Name] >= 0)
            .Select(c => (Col: Columns[c.Name], c.Name));
        var metrics = known.Concat(Columns.Unknown.Select(i => (Col: i, Name: Table.Headers[i].ToLowerInvariant())))
            .OrderBy(m => m.Col).ToArray();
        var metricCols = metrics.Select(m => m.Col).ToArray();
        var names = metrics.Select(m => m.Name).ToArray();
        var teams = new HashSet<string>(Context.Roster.Values.Where(e => e.Agent is not null).Select(e => e.Agent!.Team), StringComparer.Ordinal);
        var firstRow = new Dictionary<(string, Period), int>();
        var warned = new HashSet<string>(StringComparer.Ordinal);
        while (Table.Read())
        {
            var before = ErrorCount;
            RequiredText(cTeam, "team", out var team);
            if (RequiredPeriod(cPeriod, "period", out var period))
            {
                if (period != Context.Period)
                    Error(cPeriod, "period", Messages.Format("Import_PeriodMismatch", period, Context.Period));
                if (team.Length > 0)
                {
                    if (firstRow.TryGetValue((team, period), out var first))
                        Error(cTeam, "team", Messages.Format("Import_DuplicateTeamMetrics", team, period, first));
                    else firstRow[(team, period)] = Table.Row;
                }
            }
            var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
            for (var k = 0; k < metricCols.Length; k++)
            {
                if (Table.IsBlank(metricCols[k])) continue;
                if (TryGetMetric(metricCols[k], names[k], out var v)) numbers[names[k]] = v;
            }
            if (ErrorCount != before)
            {
                Rejected(team);
                continue;
            }
            if (!Context.RosterUnavailable && !teams.Contains(team) && warned.Add(team))
                Context.Warnings.Add($"{Table.FileName}:{Table.Sheet}:{Table.Row}:{ColumnName(cTeam, "team")}: " + Messages.Format("Import_TeamWithoutAgents", team));
            result.Add(new TeamMetrics
            {
                Team = team,
                Period = period,
                Numbers = numbers,
                Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
            });
        }
        return result;
    }
}
