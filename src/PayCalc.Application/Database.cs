using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>Opens the PayCalc database for a use case, and says so when opening it upgraded it from an earlier PayCalc.</summary>
public static class Database
{
    /// <summary>The store of <paramref name="path"/>; when it was upgraded, a line on <paramref name="notes"/> names the copy kept.</summary>
    /// <exception cref="DatabaseUnusableException">The file is not a PayCalc database this version can read (nothing changed).</exception>
    public static PayrollStore Open(string path, TimeProvider time, int busyTimeoutSeconds, TextWriter notes)
    {
        var store = new PayrollStore(path, time, busyTimeoutSeconds);
        if (store.Database.UpgradeBackup is { } backup)
            notes.WriteLine("  " + Messages.Format("Db_Upgraded", path, backup));
        return store;
    }
}
