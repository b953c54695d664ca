namespace PayCalc.Storage;

/// <summary>
/// The database file cannot be used by this PayCalc: a folder, not SQLite, another application's SQLite file, or a
/// PayCalc database of another schema version. Thrown before anything in the file is changed.
/// </summary>
public sealed class DatabaseUnusableException(string path, string reason)
    : Exception(Messages.Format("Db_Unusable", path, reason))
{
    public string Path { get; } = path;
}

/// <summary>Another process (a PayCalc run or tool) held the database's write lock longer than the busy timeout.</summary>
public sealed class DatabaseBusyException(string path, int timeoutSeconds, Exception inner)
    : Exception(Messages.Format("Db_Busy", path, timeoutSeconds), inner)
{
    public string Path { get; } = path;
}

/// <summary>
/// An approval named a run that is no longer the month's run (the month was run again after it was reviewed).
/// Nothing was changed.
/// </summary>
public sealed class RunChangedException(Domain.Period period, long expectedRunId, long? actualRunId)
    : Exception(actualRunId is { } actual
        ? Messages.Format("Period_RunChanged", period, expectedRunId, actual)
        : Messages.Format("Period_RunGone", period, expectedRunId))
{
    public Domain.Period Period { get; } = period;
}
