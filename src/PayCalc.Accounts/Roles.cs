namespace PayCalc.Accounts;

/// <summary>The three roles: an agent sees only their own pay; HR sees every month, exception and payslip; finance sees
/// what HR sees, read-only.</summary>
public static class Roles
{
    public const string Agent = "agent";
    public const string Hr = "hr";
    public const string Finance = "finance";

    /// <summary>HR and finance: who may read any agent's payslip.</summary>
    public const string Staff = Hr + "," + Finance;

    public static readonly IReadOnlyList<string> All = [Agent, Hr, Finance];
}
