using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Web.Pages.Me;

/// <summary>One of the agent's own payslips, every line expandable into its explanation and rows; 404 for a month they
/// have none (or that does not parse).</summary>
public sealed class PayslipModel(PayPages pages) : PageModel
{
    public PayslipPage? Payslip { get; private set; }

    public IActionResult OnGet(string period)
    {
        if (!Period.TryParse(period, out var p) || pages.Payslip(AgentClaims.Of(User)!, p) is not { } page) return NotFound();
        Payslip = page;
        return Page();
    }
}
