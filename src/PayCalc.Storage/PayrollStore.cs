namespace PayCalc.Storage;

/// <summary>
/// The PayCalc database as the application uses it, opened once and shared by its parts: the <see cref="Runs"/>
/// (store and read a month's run), the <see cref="History"/> of earlier months, the stored <see cref="Inputs"/> of each run, the <see cref="Periods"/>
/// (status workflow and audit log) and the <see cref="Adjustments"/> of corrections. One SQLite file; every call
/// opens its own connection. Nothing here logs money or personal data.
/// </summary>
public sealed class PayrollStore
{
    /// <summary>
    /// Opens (creating when missing) the database file and its schema. A database of an earlier PayCalc is upgraded
    /// (see <c>SchemaUpgrade</c>): copied to <see cref="PayrollDatabase.UpgradeBackup"/> first, then migrated in a transaction.
    /// </summary>
    /// <param name="databasePath">The SQLite file; created with its schema (all migrations) when missing or empty.</param>
    /// <param name="timeProvider">The clock of runs and audit entries.</param>
    /// <param name="busyTimeoutSeconds">How long a call waits for another process's write lock before
    /// <see cref="DatabaseBusyException"/>.</param>
    /// <exception cref="DatabaseUnusableException">The file is not a PayCalc database, or one of a newer PayCalc, or one too old
    /// to upgrade (it was not changed).</exception>
    public PayrollStore(string databasePath, TimeProvider timeProvider, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        Database = new PayrollDatabase(databasePath, timeProvider, busyTimeoutSeconds);
        Runs = new PayrollRuns(Database);
        History = new RunHistory(Database);
        Inputs = new StoredInputs(Database);
        Periods = new PeriodLifecycle(Database);
        Adjustments = new AdjustmentLedger(Database);
        RuleSnapshots = new RuleSnapshots(Database);
        Previews = new Previews(Database);
    }

    /// <summary>The month-to-date snapshot HR stored for agents to see (schema 7 on); never a run.</summary>
    public Previews Previews { get; }

    /// <summary>The file: whether opening upgraded it, and the connections the parts below share.</summary>
    public PayrollDatabase Database { get; }

    /// <summary>Store a month's run, read it and its payslips back.</summary>
    public PayrollRuns Runs { get; }

    /// <summary>Earlier months for multi-period rules.</summary>
    public RunHistory History { get; }

    /// <summary>The input each stored run was computed from, to compute a stored month again.</summary>
    public StoredInputs Inputs { get; }

    /// <summary>Period status, approve and close, the audit log.</summary>
    public PeriodLifecycle Periods { get; }

    /// <summary>Adjustments of corrected closed months.</summary>
    public AdjustmentLedger Adjustments { get; }

    /// <summary>The rule files each run was computed with (schema 5 on).</summary>
    public RuleSnapshots RuleSnapshots { get; }
}
