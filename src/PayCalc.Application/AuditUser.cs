namespace PayCalc.Application;

/// <summary>Who a command is recorded as in the audit log: <c>--user</c> when given, else the OS user name.</summary>
public static class AuditUser
{
    public static string Resolve(string? option) =>
        string.IsNullOrWhiteSpace(option) ? Environment.UserName : option.Trim();
}
