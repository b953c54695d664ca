using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PayCalc.Accounts;

/// <summary>The Identity settings the web app and the command line share: lockout after 5 failed logins, passwords of
/// at least 8 characters with a digit, the accounts file beside the payroll database.</summary>
public static class IdentitySetup
{
    public const int MaxFailedLogins = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
        options.Lockout.DefaultLockoutTimeSpan = Lockout;
        options.Lockout.AllowedForNewUsers = true;
        options.Password.RequiredLength = 8;
        options.Password.RequireDigit = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>The accounts file of <paramref name="payrollDatabase"/> as an EF Core context registration.</summary>
    public static IServiceCollection AddUsersDatabase(this IServiceCollection services, string payrollDatabase) =>
        services.AddDbContext<UsersDbContext>(o => o.UseSqlite($"Data Source={UsersDatabase.PathBeside(payrollDatabase)}"));
}
