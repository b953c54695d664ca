namespace PayCalc.Domain.Payroll;

/// <summary>Sums payslips one at a time into <see cref="MonthTotals"/>, so a stored month can be summed while it is read
/// without holding its payslips. Every amount is rounded to the fen (<see cref="Money.Round(decimal)"/>) before it is
/// added, as the payslips and the register show it.</summary>
public sealed class MonthTotalsBuilder
{
    private readonly Period _period;
    private readonly List<(string Code, string Name, LineCategory Category)> _lines = [];
    private readonly Dictionary<string, int> _lineIndex = new(StringComparer.Ordinal);
    private readonly List<decimal?> _amounts = [];
    private readonly SortedDictionary<string, decimal[]> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agents = new(StringComparer.Ordinal);
    private int _payslips;

    /// <param name="period">The month summed.</param>
    /// <param name="definitions">The plan's lines, in plan order; info lines are left out of the totals.</param>
    public MonthTotalsBuilder(Period period, IEnumerable<LineDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _period = period;
        foreach (var d in definitions) Define(d.Code, d.Name, d.Category);
    }

    /// <summary>Adds one payslip: its team, gross and net, and its lines as (code, category, amount); a line the plan
    /// does not define (an adjustment) is added after the plan's lines, named by its code.</summary>
    public void Add(string team, decimal gross, decimal net, IEnumerable<(string Code, LineCategory Category, decimal Amount)> lines)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(lines);
        _payslips++;
        var employer = 0m;
        foreach (var (code, category, amount) in lines)
        {
            if (category == LineCategory.Info) continue;
            var rounded = Money.Round(amount);
            if (!_lineIndex.TryGetValue(code, out var index)) index = Define(code, code, category);
            if (_lines[index].Category == LineCategory.Info) continue;
            _amounts[index] = (_amounts[index] ?? 0m) + rounded;
            if (category == LineCategory.Employer) employer += rounded;
        }
        if (!_teams.TryGetValue(team, out var sums)) _teams.Add(team, sums = new decimal[4]);
        var (g, n) = (Money.Round(gross), Money.Round(net));
        sums[0] += g;
        sums[1] += n - g;
        sums[2] += n;
        sums[3] += g + employer;
        _agents[team] = _agents.GetValueOrDefault(team) + 1;
    }

    public MonthTotals Build() => new(_period, _payslips,
        _lines.Select((l, i) => (l, i)).Where(x => x.l.Category != LineCategory.Info && _amounts[x.i] is not null)
            .Select(x => new LineTotal(x.l.Code, x.l.Name, x.l.Category, _amounts[x.i]!.Value)).ToList(),
        _teams.Select(t => new TeamTotal(t.Key, _agents[t.Key], t.Value[0], t.Value[1], t.Value[2], t.Value[3])).ToList());

    /// <summary>The totals of a computed month.</summary>
    public static MonthTotals Of(PayrollResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = new MonthTotalsBuilder(result.Period, result.LineDefinitions);
        foreach (var p in result.Payslips)
            builder.Add(p.Team, p.Gross, p.Net, Enumerable.Range(0, p.Lines.Count).Select(i =>
            {
                var l = p.LineAt(i);
                return (l.Code, l.Category, l.Amount);
            }));
        return builder.Build();
    }

    private int Define(string code, string name, LineCategory category)
    {
        if (_lineIndex.TryGetValue(code, out var existing)) return existing;
        _lineIndex.Add(code, _lines.Count);
        _lines.Add((code, name, category));
        _amounts.Add(null);
        return _lines.Count - 1;
    }
}
