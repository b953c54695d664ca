using PayCalc.Accounts;

namespace PayCalc.Tests.Web;

/// <summary>The accounts file a test created beside its temporary payroll database.</summary>
internal static class UsersFile
{
    public static void DeleteBeside(string payrollDatabase)
    {
        var users = UsersDatabase.PathBeside(payrollDatabase);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(users + suffix)) File.Delete(users + suffix);
    }
}
