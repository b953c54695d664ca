using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// An agent id seen in the roster. <see cref="Agent"/> is null when the roster row itself had errors:
/// the id is still known, so other files referring to it do not get a misleading "not in the roster".
/// </summary>
internal sealed class RosterEntry(string agentId, int index, Agent? agent)
{
    public string AgentId { get; } = agentId;
    public int Index { get; } = index;
    public Agent? Agent { get; } = agent;
}
