using PayCalc.Domain;

namespace PayCalc.Storage;

/// <summary>Thrown when <c>approve</c> meets blocking exceptions nobody acknowledged (nothing was changed). The message
/// is one line: how many, the first few, and how to acknowledge them.</summary>
public sealed class UnacknowledgedExceptionsException(Period period, IReadOnlyList<StoredException> open)
    : Exception($"Period {period} has {open.Count} blocking exception(s) not acknowledged: " +
        string.Join("; ", open.Take(Shown).Select(e => $"{e.Code}:{e.AgentId} ({e.Message})")) +
        (open.Count > Shown ? $"; and {open.Count - Shown} more (paycalc status --period {period} lists them)" : "") +
        $". Check each, then approve with --acknowledge CODE[:AGENT] ... --reason R.")
{
    private const int Shown = 5;

    public IReadOnlyList<StoredException> Open { get; } = open;
}
