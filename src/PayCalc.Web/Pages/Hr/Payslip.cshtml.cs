using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Web.Pages.Hr;

/// <summary>Any agent's payslip of a month, as the agent sees it.</summary>
public sealed class PayslipModel(PayPages pages) : PageModel
{
    public PayslipPage? Payslip { get; private set; }

    public IActionResult OnGet(string period, string agentId)
    {
        if (!Period.TryParse(period, out var p) || pages.Payslip(agentId, p) is not { } page) return NotFound();
        Payslip = page;
        return Page();
    }
}
