using System.Text.Encodings.Web;
using System.Text.Json;
using PayCalc.Domain;
using PayCalc.Domain.Simulation;

namespace PayCalc.Files.Export;

/// <summary>
/// Writes <c>simulation-&lt;plan&gt;.json</c> month by month as a simulation computes them, so a range of 100,000-agent
/// months is never held whole:
/// <c>{"plan","plan_path","periods",
/// "months":[{"period","payslips":[{"agent_id","name","team","baseline_net","proposed_net","lines":{"code":[baseline,proposed]}}]}],
/// "summary":{"net_difference","agents_compared","agents_net_changed","agents_line_changed","rule_changes":[...],"costs":[...],"team_costs":[...],
/// "agents":[...],"flag_changes":[...]}}</c>. Amounts are exact JSON numbers; a side without the payslip is null. The file
/// is written under a temporary name and appears only when <see cref="Finish"/> completes it.
/// </summary>
public sealed class SimulationJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _path;
    private readonly string _temp;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;
    private bool _finished;

    public SimulationJsonWriter(string path, string name, string planPath, IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        _path = path;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        _temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        _stream = new FileStream(_temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, Options);
        _json.WriteStartObject();
        _json.WriteString("plan", name);
        _json.WriteString("plan_path", planPath);
        _json.WriteStartArray("periods");
        foreach (var p in periods) _json.WriteStringValue(p.ToString());
        _json.WriteEndArray();
        _json.WriteStartArray("months");
    }

    public void WriteMonth(Period period, IEnumerable<SimulationPayslip> payslips)
    {
        ArgumentNullException.ThrowIfNull(payslips);
        _json.WriteStartObject();
        _json.WriteString("period", period.ToString());
        _json.WriteStartArray("payslips");
        foreach (var s in payslips)
        {
            _json.WriteStartObject();
            _json.WriteString("agent_id", s.AgentId);
            _json.WriteString("name", s.Name);
            _json.WriteString("team", s.Team);
            Amount("baseline_net", s.InBaseline, s.BaselineNet);
            Amount("proposed_net", s.InProposed, s.ProposedNet);
            _json.WriteStartObject("lines");
            foreach (var l in s.Lines)
            {
                _json.WriteStartArray(l.Code);
                _json.WriteNumberValue(l.Baseline);
                _json.WriteNumberValue(l.Proposed);
                _json.WriteEndArray();
            }
            _json.WriteEndObject();
            _json.WriteEndObject();
            if (_json.BytesPending > 1 << 16) _json.Flush();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>Writes the summary and publishes the file (replacing an earlier one).</summary>
    public void Finish(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("net_difference", report.NetDifference);
        _json.WriteNumber("agents_compared", report.AgentsCompared);
        _json.WriteNumber("agents_net_changed", report.Agents.Count);
        _json.WriteNumber("agents_line_changed", report.AgentsWithLineChanges);
        _json.WriteStartArray("rule_changes");
        foreach (var r in report.RuleChanges)
        {
            _json.WriteStartObject();
            _json.WriteString("months", r.Months);
            _json.WriteString("summary", r.Summary);
            _json.WriteString("old", r.Old);
            _json.WriteString("new", r.New);
            _json.WriteString("old_location", r.OldLocation);
            _json.WriteString("new_location", r.NewLocation);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        Costs("costs", report.Costs);
        Costs("team_costs", report.TeamCosts);
        _json.WriteStartArray("agents");
        foreach (var a in report.Agents)
        {
            _json.WriteStartObject();
            _json.WriteString("agent_id", a.AgentId);
            _json.WriteString("name", a.Name);
            _json.WriteString("team", a.Team);
            _json.WriteNumber("baseline_net", a.BaselineNet);
            _json.WriteNumber("proposed_net", a.ProposedNet);
            _json.WriteNumber("difference", a.Difference);
            _json.WriteStartArray("month_differences");
            foreach (var d in a.MonthDifferences) _json.WriteNumberValue(d);
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("flag_changes");
        foreach (var f in report.FlagChanges)
        {
            _json.WriteStartObject();
            _json.WriteString("period", f.Period.ToString());
            _json.WriteString("agent_id", f.AgentId);
            _json.WriteString("code", f.Code);
            _json.WriteString("message", f.Message);
            _json.WriteString("change", f.Appears ? "appears" : "disappears");
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("warnings");
        foreach (var w in report.Warnings) _json.WriteStringValue(w);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
        _stream.Dispose();
        File.Move(_temp, _path, overwrite: true);
        _finished = true;
    }

    public void Dispose()
    {
        if (_finished) return;
        _json.Dispose();
        _stream.Dispose();
        File.Delete(_temp);
    }

    private void Amount(string name, bool present, decimal value)
    {
        if (present) _json.WriteNumber(name, value);
        else _json.WriteNull(name);
    }

    private void Costs(string name, IReadOnlyList<SimulationCost> costs)
    {
        _json.WriteStartArray(name);
        foreach (var c in costs)
        {
            _json.WriteStartObject();
            if (c.Period is { } p) _json.WriteString("period", p.ToString());
            else _json.WriteNull("period");
            _json.WriteString("team", c.Team);
            _json.WriteString("code", c.Code);
            _json.WriteString("name", c.Name);
            _json.WriteString("category", c.Category);
            _json.WriteNumber("baseline", c.Baseline);
            _json.WriteNumber("proposed", c.Proposed);
            _json.WriteNumber("difference", c.Difference);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }
}
