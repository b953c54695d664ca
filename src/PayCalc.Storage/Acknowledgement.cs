namespace PayCalc.Storage;

/// <summary>What <c>approve --acknowledge CODE[:AGENT]</c> acknowledges: the blocking exceptions of one code, of one
/// agent or (without an agent) of every agent.</summary>
public sealed record Acknowledgement(string Code, string? AgentId)
{
    /// <summary><c>CODE</c> or <c>CODE:AGENT</c>; null when it is neither.</summary>
    public static Acknowledgement? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length > 2 || parts.Any(p => p.Trim().Length == 0)) return null;
        return new Acknowledgement(parts[0].Trim(), parts.Length == 2 ? parts[1].Trim() : null);
    }

    public override string ToString() => AgentId is null ? Code : $"{Code}:{AgentId}";
}
