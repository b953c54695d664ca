namespace PayCalc.Domain.Inputs;

/// <summary>
/// What an import that found errors could not deliver: the kinds whose rows were not read at all (file missing,
/// unreadable or without a required column) and the key of every rejected row whose key itself was readable (the
/// agent id of a metrics or ytd row, the team of a team_metrics row). Checks that run after the import (a missing
/// metrics row, a missing opening balance) consult it, so a row already reported as bad is not reported again as
/// missing, and the checks can run on a partly valid input: every problem is listed in one go. Empty for a clean import.
/// </summary>
public sealed class RejectedRows
{
    private readonly HashSet<string> _unreadKinds;
    private readonly HashSet<(string Kind, string Key)> _keys;

    public RejectedRows(IEnumerable<string> unreadKinds, IEnumerable<(string Kind, string Key)> keys)
    {
        _unreadKinds = new HashSet<string>(unreadKinds, StringComparer.Ordinal);
        _keys = [.. keys];
    }

    public static RejectedRows None { get; } = new([], []);

    /// <summary>True when none of the kind's rows were read, or a row of the kind with this key was rejected.</summary>
    /// <param name="kind">An input kind's English name: metrics, team_metrics, ytd, ...</param>
    /// <param name="key">The row's key as written: an agent id, a team.</param>
    public bool Covers(string kind, string key) => _unreadKinds.Contains(kind) || _keys.Contains((kind, key));

    /// <summary>True when none of the kind's rows were read.</summary>
    public bool IsUnread(string kind) => _unreadKinds.Contains(kind);
}
