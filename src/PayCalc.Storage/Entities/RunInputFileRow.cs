namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_input_file</c>: an input file a run was computed from, with its hash.</summary>
public sealed class RunInputFileRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string Kind { get; set; } = "";
    public string Path { get; set; } = "";
    public string Sha256 { get; set; } = "";
}
