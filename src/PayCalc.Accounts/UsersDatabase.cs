namespace PayCalc.Accounts;

/// <summary>Where the accounts are kept: a file beside the payroll database, so the payroll file holds no passwords and
/// can be copied to finance without them.</summary>
public static class UsersDatabase
{
    /// <summary><c>paycalc.db</c> -> <c>paycalc.users.db</c> in the same folder.</summary>
    public static string PathBeside(string payrollDatabase) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(payrollDatabase)) ?? ".", Path.GetFileNameWithoutExtension(payrollDatabase) + ".users.db");
}
