using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;
using PayCalc.Storage;

namespace PayCalc.Web.Pages.Me;

/// <summary>An agent's months, newest first: only their own (the agent id comes from the login).</summary>
public sealed class IndexModel(PayPages pages) : PageModel
{
    public IReadOnlyList<StoredPayslipTotal> Months { get; private set; } = [];

    public void OnGet() => Months = pages.Months(AgentClaims.Of(User)!);
}
