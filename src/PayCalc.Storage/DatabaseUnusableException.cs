namespace PayCalc.Storage;

/// <summary>
/// The database file cannot be used by this PayCalc: a folder, not SQLite, another application's SQLite file, or a
/// PayCalc database of another schema version. Thrown before anything in the file is changed.
/// </summary>
public sealed class DatabaseUnusableException(string path, string reason)
    : Exception($"{path}: {reason}; nothing was changed. Give another file with --db (or PAYCALC_DATABASE).")
{
    public string Path { get; } = path;
}

/// <summary>Another process (a PayCalc run or tool) held the database's write lock longer than the busy timeout.</summary>
public sealed class DatabaseBusyException(string path, int timeoutSeconds, Exception inner)
    : Exception($"database busy: another PayCalc run or tool has held {path} for more than {timeoutSeconds} s; nothing was changed - " +
        "try again when it has finished (setting BusyTimeoutSeconds waits longer).", inner)
{
    public string Path { get; } = path;
}

/// <summary>
/// An approval named a run that is no longer the month's run (the month was run again after it was reviewed).
/// Nothing was changed.
/// </summary>
public sealed class RunChangedException(Domain.Period period, long expectedRunId, long? actualRunId)
    : Exception(actualRunId is { } actual
        ? $"Period {period} was run again while it was being approved (run {expectedRunId} -> run {actual}): the new figures have not been reviewed. " +
          $"Check them (paycalc status, paycalc explain), then approve run {actual} (paycalc approve --period {period} --run {actual})."
        : $"Period {period} has no stored run {expectedRunId} any more; check paycalc status.")
{
    public Domain.Period Period { get; } = period;
}
