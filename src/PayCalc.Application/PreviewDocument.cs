using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Runtime;

namespace PayCalc.Application;

/// <summary>
/// One team of a preview as stored (table <c>preview_team</c>): the team's input of the month and its agents' earlier
/// months, JSON compressed with Brotli. Everything the engine needs to compute the team again - and teams are what the
/// plans group by (ranks, team totals) - so an estimate or a what-if reads one row, never the whole month.
/// </summary>
internal sealed record PreviewDocument
{
    public required Period Period { get; init; }
    public required IReadOnlyList<Agent> Agents { get; init; }
    public IReadOnlyList<Shift> Shifts { get; init; } = [];
    public IReadOnlyList<LeaveEntry> Leave { get; init; } = [];
    public IReadOnlyList<Deal> Deals { get; init; } = [];
    public IReadOnlyList<AgentMetrics> Metrics { get; init; } = [];
    public IReadOnlyList<TeamMetrics> TeamMetrics { get; init; } = [];
    public IReadOnlyList<YtdBalance> YtdBalances { get; init; } = [];
    public IReadOnlyList<HistoryLine> HistoryLines { get; init; } = [];
    public IReadOnlyList<EarlierPayslip> HistoryPayslips { get; init; } = [];
    public IReadOnlyList<EarlierPay> HistoryPay { get; init; } = [];

    /// <summary>A month an agent had a stored payslip.</summary>
    public sealed record EarlierPayslip(Period Period, string AgentId);

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new PeriodConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every team's part of a month's input and history, by team (each row read once: a month has millions).</summary>
    public static IEnumerable<(string Team, IReadOnlyList<Agent> Agents, PreviewDocument Document)> Split(PayrollInput input, PayrollHistory history)
    {
        var shifts = input.Shifts.ToLookup(s => s.AgentId, StringComparer.Ordinal);
        var leave = input.Leave.ToLookup(l => l.AgentId, StringComparer.Ordinal);
        var deals = input.Deals.ToLookup(d => d.AgentId, StringComparer.Ordinal);
        var metrics = input.Metrics.ToLookup(m => m.AgentId, StringComparer.Ordinal);
        var teamMetrics = input.TeamMetrics.ToLookup(m => m.Team, StringComparer.Ordinal);
        var ytd = input.YtdBalances.ToLookup(y => y.AgentId, StringComparer.Ordinal);
        foreach (var team in input.Agents.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var agents = team.ToList();
            var ids = agents.Select(a => a.AgentId).Distinct(StringComparer.Ordinal).ToList();
            var earlier = history.ForAgents(ids);
            yield return (team.Key, agents, new PreviewDocument
            {
                Period = input.Period,
                Agents = agents,
                Shifts = ids.SelectMany(a => shifts[a]).ToList(),
                Leave = ids.SelectMany(a => leave[a]).ToList(),
                Deals = ids.SelectMany(a => deals[a]).ToList(),
                Metrics = ids.SelectMany(a => metrics[a]).ToList(),
                TeamMetrics = teamMetrics[team.Key].ToList(),
                YtdBalances = ids.SelectMany(a => ytd[a]).ToList(),
                HistoryLines = earlier.Lines,
                HistoryPayslips = earlier.Payslips.Select(p => new EarlierPayslip(p.Period, p.AgentId)).ToList(),
                HistoryPay = earlier.Pay,
            });
        }
    }

    /// <summary>The team's input as the engine takes it.</summary>
    public PayrollInput Input() => new()
    {
        Period = Period, Agents = Agents, Shifts = Shifts, Leave = Leave, Deals = Deals, Metrics = Metrics, TeamMetrics = TeamMetrics,
        YtdBalances = YtdBalances,
    };

    /// <summary>The team's earlier months as the engine reads them.</summary>
    public PayrollHistory History() =>
        new(HistoryLines, HistoryPayslips.Select(p => (p.Period, p.AgentId)), HistoryPay);

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(brotli, this, Options);
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a preview document (changed in the database).</exception>
    public static PreviewDocument FromBytes(byte[] bytes)
    {
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<PreviewDocument>(brotli, Options) ?? throw new InvalidDataException("empty preview document");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the stored preview document cannot be read: {e.Message}", e);
        }
    }

    private sealed class PeriodConverter : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Period.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
