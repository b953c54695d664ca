namespace PayCalc.Storage.Entities;

/// <summary>
/// Table <c>run_shift</c>: the shifts one agent has in one imported file, in file order. A month holds about
/// 20 shifts per agent (2 million at 100,000 agents), so they are kept as one JSON document per agent and file:
/// <see cref="Entries"/> is an array of <c>[source row, "yyyy-MM-dd", shift code or null, "HH:mm", "HH:mm",
/// break minutes]</c>. Readable with SQLite's <c>json_each</c>.
/// </summary>
public sealed class ShiftRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string AgentId { get; set; } = "";
    public string SourceFile { get; set; } = "";
    public string SourceSheet { get; set; } = "";
    /// <summary>Number of shifts in <see cref="Entries"/>.</summary>
    public int Count { get; set; }
    public string Entries { get; set; } = "[]";
}
