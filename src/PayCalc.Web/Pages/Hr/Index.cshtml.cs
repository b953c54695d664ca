using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Accounts;
using PayCalc.Application;
using PayCalc.Storage;

namespace PayCalc.Web.Pages.Hr;

/// <summary>HR's and finance's start: every month with its status, payslips and net total.</summary>
public sealed class IndexModel(PayPages pages) : PageModel
{
    public IReadOnlyList<PeriodSummary> Months { get; private set; } = [];

    public bool ReadOnly => User.IsInRole(Roles.Finance);

    public void OnGet() => Months = pages.AllMonths();
}
