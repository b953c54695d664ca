using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PayCalc.Accounts;

namespace PayCalc.Web;

/// <summary>Puts an agent account's roster agent id in its login cookie (claim <see cref="AgentId"/>), so every request
/// knows whose pay it may read without asking the accounts file.</summary>
public sealed class AgentClaims(UserManager<PayCalcUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PayCalcUser, IdentityRole>(users, roles, options)
{
    public const string AgentId = "paycalc:agent_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PayCalcUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgentId is { } agentId) identity.AddClaim(new Claim(AgentId, agentId));
        return identity;
    }

    /// <summary>The agent id of a logged-in agent, or null (HR, finance, not logged in).</summary>
    public static string? Of(ClaimsPrincipal user) => user.IsInRole(Roles.Agent) ? user.FindFirstValue(AgentId) : null;
}
