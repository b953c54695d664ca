using Microsoft.AspNetCore.Identity;

namespace PayCalc.Accounts;

/// <summary>
/// A person who logs in. An agent's account is tied to one roster agent id (<see cref="AgentId"/>): the only pay it
/// may see. HR and finance accounts have none. An invited agent has an activation code (its hash) until the first
/// password is set.
/// </summary>
public sealed class PayCalcUser : IdentityUser
{
    /// <summary>The roster agent id of an agent's account; null for HR and finance.</summary>
    public string? AgentId { get; set; }

    /// <summary>The hash of the one-time activation code an invited agent has not used yet; null once activated.</summary>
    public string? ActivationCodeHash { get; set; }

    /// <summary>When the agent set a password (UTC, ISO 8601); null while the invitation is open.</summary>
    public string? ActivatedAt { get; set; }
}
