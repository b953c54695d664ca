using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PayCalc.Accounts;

/// <summary>
/// HR's side of the accounts, for the command line and the web app alike: add HR and finance users, invite agents
/// (one-time activation codes), let an invited agent set a password, list who has activated. Works on
/// <see cref="UserManager{TUser}"/>, so passwords and codes are hashed by Identity and lockout applies.
/// </summary>
public sealed class AccountStore(UserManager<PayCalcUser> users, RoleManager<IdentityRole> roles, UsersDbContext db, TimeProvider time)
{
    // No 0/O, 1/I/L: a code is read off paper and typed on a phone.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 10;

    /// <summary>An account store on the accounts file beside <paramref name="payrollDatabase"/>, created or upgraded first.</summary>
    public static ServiceProvider Services(string payrollDatabase, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddUsersDatabase(payrollDatabase);
        services.AddIdentityCore<PayCalcUser>(IdentitySetup.Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<UsersDbContext>();
        services.AddScoped<AccountStore>();
        var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<AccountStore>().EnsureCreatedAsync().GetAwaiter().GetResult();
        return provider;
    }

    /// <summary>Applies the accounts file's migrations and adds the three roles when missing.</summary>
    public async Task EnsureCreatedAsync()
    {
        await db.Database.MigrateAsync();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    /// <summary>Adds an HR or finance user with a generated password, returned once (Identity keeps only its hash).</summary>
    /// <exception cref="AccountException">The role is not hr or finance, or the name is taken.</exception>
    public async Task<string> AddStaffAsync(string role, string userName)
    {
        if (role is not (Roles.Hr or Roles.Finance))
            throw new AccountException($"role '{role}' cannot be added this way: use hr or finance (agents are invited from the roster).");
        if (await users.FindByNameAsync(userName) is not null) throw new AccountException($"user '{userName}' already exists.");
        var password = NewCode(6) + "-" + NewCode(6) + RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture);
        var user = new PayCalcUser { UserName = userName };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return password;
    }

    /// <summary>A user with a given password, already activated (the web app's Development demo and tests); an agent's user name is its agent id.</summary>
    public async Task AddUserAsync(string userName, string password, string role)
    {
        var user = new PayCalcUser { UserName = userName, AgentId = role == Roles.Agent ? userName : null };
        if (role == Roles.Agent) user.ActivatedAt = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    /// <summary>
    /// An account for each agent (user name = agent id) with a new one-time activation code, returned once; an agent
    /// invited before gets a new code (the old one stops working) unless already activated, which is left as it is.
    /// </summary>
    public async Task<IReadOnlyList<Invitation>> InviteAsync(IEnumerable<(string AgentId, string Name)> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var result = new List<Invitation>();
        foreach (var (agentId, name) in agents)
        {
            var user = await users.FindByNameAsync(agentId);
            if (user?.ActivatedAt is not null)
            {
                result.Add(new Invitation(agentId, name, null));
                continue;
            }
            var code = NewCode(CodeLength);
            if (user is null)
            {
                user = new PayCalcUser { UserName = agentId, AgentId = agentId };
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, Roles.Agent));
            }
            user.ActivationCodeHash = users.PasswordHasher.HashPassword(user, code);
            Check(await users.UpdateAsync(user));
            result.Add(new Invitation(agentId, name, code));
        }
        return result;
    }

    /// <summary>An invited agent sets a first password with the activation code; false (and a failed attempt counted
    /// towards lockout) when the code is wrong or already used.</summary>
    /// <exception cref="AccountException">The password does not meet the rules (what is missing is said).</exception>
    public async Task<bool> ActivateAsync(string agentId, string code, string password)
    {
        var user = await users.FindByNameAsync(agentId);
        if (user?.ActivationCodeHash is null || await users.IsLockedOutAsync(user)) return false;
        var normalized = code.Trim().ToUpperInvariant();
        if (users.PasswordHasher.VerifyHashedPassword(user, user.ActivationCodeHash, normalized) == PasswordVerificationResult.Failed)
        {
            await users.AccessFailedAsync(user);
            return false;
        }
        foreach (var validator in users.PasswordValidators)
            Check(await validator.ValidateAsync(users, user, password));
        Check(await users.AddPasswordAsync(user, password));
        user.ActivationCodeHash = null;
        user.ActivatedAt = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Check(await users.UpdateAsync(user));
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }

    /// <summary>Every agent account: invited, and when activated (null: not yet).</summary>
    public async Task<IReadOnlyList<(string AgentId, string? ActivatedAt)>> AgentAccountsAsync() =>
        (await db.Users.AsNoTracking().Where(u => u.AgentId != null).OrderBy(u => u.AgentId).Select(u => new { u.AgentId, u.ActivatedAt }).ToListAsync())
        .Select(u => (u.AgentId!, u.ActivatedAt)).ToList();

    private static string NewCode(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new AccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

/// <summary>An agent's invitation: the one-time code to hand out, or null when the agent has already activated.</summary>
public sealed record Invitation(string AgentId, string Name, string? Code);

/// <summary>An account could not be created or changed; the message says why, in one line.</summary>
public sealed class AccountException(string message) : Exception(message);
