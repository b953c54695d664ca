using PayCalc.Accounts;
using PayCalc.Application;
using PayCalc.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace PayCalc.Web;

/// <summary>
/// The Development demo: the bank-card-center example's October and November run, and December stored as the preview (the month so far), into a database of their own (in the system's temp
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
        // Named by what it holds: a demo database made by an earlier PayCalc (December run, no preview) is not reused.
        var database = Path.Combine(folder, "paycalc-demo-preview.db");
        if (!File.Exists(database))
        {
            Directory.CreateDirectory(folder);
            foreach (var month in new[] { "2026-10", "2026-11" })
            {
                var request = new RunRequest(Path.Combine(settings.RulesDirectory, "plans", "bank-card-center.yaml"), Period.Parse(month),
                    Path.Combine(settings.DemoExamples, month), database, Path.Combine(folder, "out"), settings.RulesDirectory) { User = "demo" };
                var errors = new StringWriter();
                if (new PayrollRunner(TextWriter.Null, errors, TimeProvider.System).Run(request) != PayrollRunner.Ok)
                    throw new InvalidOperationException($"the demo could not run the example month {month}: {errors.ToString().Trim()}");
            }
            // December is the month so far: stored as the preview agents see as an estimate (预估), with its what-ifs.
            var plan = Path.Combine(settings.RulesDirectory, "plans", "bank-card-center.yaml");
            var previewErrors = new StringWriter();
            if (new PublishPreview(TextWriter.Null, previewErrors, TimeProvider.System).Publish(new PreviewRequest(plan, Period.Parse("2026-12"),
                    Path.Combine(settings.DemoExamples, "2026-12"), database, settings.RulesDirectory) { User = "demo" }) != PayrollRunner.Ok)
                throw new InvalidOperationException($"the demo could not preview the example month 2026-12: {previewErrors.ToString().Trim()}");
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
