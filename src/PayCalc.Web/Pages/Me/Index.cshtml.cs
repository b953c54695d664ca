using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;
using PayCalc.Storage;

namespace PayCalc.Web.Pages.Me;

/// <summary>An agent's months, newest first: only their own (the agent id comes from the login).</summary>
public sealed class IndexModel(PayPages pages, Estimates estimates) : PageModel
{
    public IReadOnlyList<StoredPayslipTotal> Months { get; private set; } = [];

    /// <summary>The preview HR stored, when it has this agent (a link to the estimate, never a payslip row).</summary>
    public StoredPreview? Estimate { get; private set; }

    public void OnGet()
    {
        var agent = AgentClaims.Of(User)!;
        Months = pages.Months(agent);
        Estimate = estimates.Latest() is { } preview && estimates.Has(preview, agent) ? preview : null;
    }
}
