using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Accounts;

namespace PayCalc.Web.Pages;

/// <summary>The start page sends each person where they belong: an agent to their payslips, HR and finance to the months.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated != true ? RedirectToPage("/Account/Login")
        : User.IsInRole(Roles.Agent) ? RedirectToPage("/Me/Index")
        : RedirectToPage("/Hr/Index");
}
