namespace PayCalc.Storage.Entities;

/// <summary>Table <c>preview</c>: a month-to-date snapshot HR stored with <c>paycalc preview</c> - an estimate, never a
/// run. The database holds at most one: the next preview replaces it.</summary>
public sealed class PreviewRow
{
    public long Id { get; set; }
    /// <summary>Period as ISO <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";
    /// <summary>The last day the input has attendance for (the date of the data).</summary>
    public DateOnly DataAsOf { get; set; }
    public string CreatedAt { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public string PlanCode { get; set; } = "";
    public string PlanVersion { get; set; } = "";
    public string PlanSha256 { get; set; } = "";
    public int Agents { get; set; }
    public decimal Gross { get; set; }
    public decimal Net { get; set; }
    public int Exceptions { get; set; }
}

/// <summary>Table <c>preview_team</c>: one team's input of a preview and its agents' earlier months, as one compressed
/// JSON document - what recomputing the team (an estimate, a what-if) needs, read in one row.</summary>
public sealed class PreviewTeamRow
{
    public long Id { get; set; }
    public long PreviewId { get; set; }
    public string Team { get; set; } = "";
    public byte[] Document { get; set; } = [];
}

/// <summary>Table <c>preview_agent</c>: which team document holds an agent of a preview.</summary>
public sealed class PreviewAgentRow
{
    public long PreviewId { get; set; }
    public string AgentId { get; set; } = "";
    public string Team { get; set; } = "";
}

/// <summary>Table <c>preview_rule_file</c>: a rule file the preview was computed with (contents in <c>rule_file</c>).</summary>
public sealed class PreviewRuleFileRow
{
    public long Id { get; set; }
    public long PreviewId { get; set; }
    public string Path { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Sha256 { get; set; } = "";
}
