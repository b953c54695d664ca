namespace PayCalc.Storage.Entities;

/// <summary>Table <c>run_rule_file</c>: a rule file a run was computed with, by its path relative to the rules folder
/// (e.g. <c>plans/bank-card-center.yaml</c>), what it is to the plan (plan, include, city, calendar) and its content's hash.</summary>
public sealed class RunRuleFileRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string Path { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Sha256 { get; set; } = "";
}
