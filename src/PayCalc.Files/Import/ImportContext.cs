using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>State shared while importing one folder: the period, the roster so far, and every problem found.</summary>
internal sealed class ImportContext
{
    public ImportContext(Period period, ImportOptions? options = null)
    {
        Period = period;
        Options = options ?? ImportOptions.Default;
        Roster = new Dictionary<string, RosterEntry>(StringComparer.Ordinal);
        RosterBySpan = Roster.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Period Period { get; }

    /// <summary>The encoding and the limits this import applies.</summary>
    public ImportOptions Options { get; }

    public List<InputError> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    public Dictionary<string, RosterEntry> Roster { get; }

    /// <summary>Kinds whose rows were not read (file missing, unreadable, or without a required column).</summary>
    public HashSet<string> UnreadKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>(kind, key) of each rejected row whose key was readable; see <see cref="RejectedRows"/>.</summary>
    public List<(string Kind, string Key)> RejectedKeys { get; } = [];

    public RejectedRows Rejected() =>
        UnreadKinds.Count == 0 && RejectedKeys.Count == 0 ? RejectedRows.None : new RejectedRows(UnreadKinds, RejectedKeys);

    /// <summary>
    /// True when the roster could not be read (missing, unreadable, rejected, or without the required columns): the
    /// other files then skip "not in the roster" checks, which would only repeat that one problem for every row.
    /// </summary>
    public bool RosterUnavailable => UnreadKinds.Contains(InputKind.Agents.Name);

    /// <summary>Looks agents up by the cell text without allocating a string per row.</summary>
    public Dictionary<string, RosterEntry>.AlternateLookup<ReadOnlySpan<char>> RosterBySpan { get; }
}
