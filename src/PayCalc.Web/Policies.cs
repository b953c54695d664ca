using Microsoft.AspNetCore.Authorization;
using PayCalc.Accounts;

namespace PayCalc.Web;

/// <summary>Who may open what: <see cref="Agent"/> pages and API (an agent account with its agent id), <see cref="Staff"/>
/// pages and API (HR and finance; finance reads the same, and nothing here changes anything).</summary>
internal static class Policies
{
    public const string Agent = "agent";
    public const string Staff = "staff";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Agent, p => p.RequireRole(Roles.Agent).RequireClaim(AgentClaims.AgentId));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Hr, Roles.Finance));
    }
}
