using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Accounts;

namespace PayCalc.Web.Pages.Hr;

/// <summary>Who has an account and who has activated it (invited with <c>paycalc users invite</c>).</summary>
public sealed class AccountsModel(AccountStore accounts) : PageModel
{
    public IReadOnlyList<(string AgentId, string? ActivatedAt)> Agents { get; private set; } = [];

    public async Task OnGetAsync() => Agents = await accounts.AgentAccountsAsync();
}
