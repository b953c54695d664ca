using PayCalc.Accounts;
using PayCalc.Application;
using PayCalc.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace PayCalc.Web;

/// <summary>
/// The Development demo: the bank-card-center example months run into a database of their own (in the system's temp
/// folder, made once) and three logins. Never in Production: the passwords are printed and fixed.
/// </summary>
internal static class DemoData
{
    public static readonly (string User, string Password, string Role)[] Logins =
    [
        ("A001", "demo-agent-1", Roles.Agent),
        ("hr", "demo-hr-1", Roles.Hr),
        ("finance", "demo-finance-1", Roles.Finance),
    ];

    /// <summary>The settings pointed at the demo database, filled with the example months and the demo logins when new.</summary>
    public static WebSettings Prepare(WebSettings settings, TextWriter console)
    {
        var folder = Path.Combine(Path.GetTempPath(), "paycalc-web-demo");
        var database = Path.Combine(folder, "paycalc-demo.db");
        if (!File.Exists(database))
        {
            Directory.CreateDirectory(folder);
            foreach (var month in new[] { "2026-10", "2026-11", "2026-12" })
            {
                var request = new RunRequest(Path.Combine(settings.RulesDirectory, "plans", "bank-card-center.yaml"), Period.Parse(month),
                    Path.Combine(settings.DemoExamples, month), database, Path.Combine(folder, "out"), settings.RulesDirectory) { User = "demo" };
                var errors = new StringWriter();
                if (new PayrollRunner(TextWriter.Null, errors, TimeProvider.System).Run(request) != PayrollRunner.Ok)
                    throw new InvalidOperationException($"the demo could not run the example month {month}: {errors.ToString().Trim()}");
            }
            using var services = AccountStore.Services(database);
            using var scope = services.CreateScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountStore>();
            foreach (var (user, password, role) in Logins)
                accounts.AddUserAsync(user, password, role).GetAwaiter().GetResult();
        }
        console.WriteLine($"PayCalc demo: database {database}");
        foreach (var (user, password, role) in Logins) console.WriteLine($"  demo login ({role}): {user} / {password}");
        return settings with { Database = database };
    }
}
