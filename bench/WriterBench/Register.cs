namespace WriterBench;

/// <summary>The register's content, made row by row on demand so that what is measured is the writer, not the data:
/// agents (id, name, team) from the run's agents.csv (or synthesised), 36 money values per agent from a fixed seed,
/// rounded to cents, a subtotal row after each team.</summary>
internal sealed class Register
{
    public const int TextColumns = 3, NumberColumns = 36, Columns = TextColumns + NumberColumns;

    private readonly List<(string Id, string Name, string Team)> _agents;

    private Register(List<(string, string, string)> agents) => _agents = agents;

    public static Register Load(string source)
    {
        var agents = new List<(string, string, string)>();
        if (source.StartsWith("synthetic:", StringComparison.Ordinal))
        {
            var n = int.Parse(source["synthetic:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 1; i <= n; i++) agents.Add(($"A{i:D6}", "张" + (char)('一' + i % 500) + (char)('丁' + i % 300), $"T{(i - 1) / 14 + 1}"));
        }
        else
        {
            foreach (var line in File.ReadLines(source).Skip(1))
            {
                var f = line.Split(',');
                agents.Add((f[0], f[1], f[2]));
            }
        }
        agents.Sort((a, b) => string.CompareOrdinal(a.Item3, b.Item3) is var c && c != 0 ? c : string.CompareOrdinal(a.Item1, b.Item1));
        return new Register(agents);
    }

    public static string[] Groups { get; } = Enumerable.Range(0, Columns).Select(i => i switch
    {
        0 => "人员", 3 => "应发 earnings", 18 => "扣款 deductions", 28 => "单位 employer", 34 => "信息 info", _ => "",
    }).ToArray();

    public static string[] Headers { get; } = new[] { "工号\nagent_id", "姓名\nname", "组别\nteam" }
        .Concat(Enumerable.Range(1, NumberColumns).Select(i => $"项目{i}\nline_{i:D2}")).ToArray();

    public int RowCount { get; private set; }

    /// <summary>Each body row: agent or subtotal (id "", name "小计", team) and its 36 values.</summary>
    public IEnumerable<(bool Subtotal, string Id, string Name, string Team, decimal[] Values)> Rows()
    {
        var random = new Random(20261001);
        var values = new decimal[NumberColumns];
        var team = new decimal[NumberColumns];
        RowCount = 0;
        for (var i = 0; i < _agents.Count; i++)
        {
            var (id, name, t) = _agents[i];
            for (var v = 0; v < NumberColumns; v++)
            {
                values[v] = Math.Round((decimal)(random.NextDouble() * 9000), 2, MidpointRounding.AwayFromZero);
                team[v] += values[v];
            }
            RowCount++;
            yield return (false, id, name, t, values);
            if (i == _agents.Count - 1 || _agents[i + 1].Team != t)
            {
                RowCount++;
                yield return (true, "", "小计", t, team);
                Array.Clear(team);
            }
        }
    }
}
