using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Thrown when <c>approve</c> meets blocking exceptions nobody acknowledged (nothing was changed). The message
/// is one line: how many, the first few, and how to acknowledge them.</summary>
public sealed class UnacknowledgedExceptionsException(Period period, IReadOnlyList<StoredException> open)
    : Exception(Messages.Format("Period_Unacknowledged", period, open.Count,
        string.Join("; ", open.Take(Shown).Select(e => $"{e.Code}:{e.AgentId} ({e.Message})")) +
        (open.Count > Shown ? Messages.Format("Period_UnacknowledgedMore", open.Count - Shown, period) : "")))
{
    private const int Shown = 5;

    public IReadOnlyList<StoredException> Open { get; } = open;
}
