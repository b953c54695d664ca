using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PayCalc.Web.Pages.Hr;

/// <summary>The month page's "open payslip" form, sent on to the payslip's own address.</summary>
public sealed class OpenPayslipModel : PageModel
{
    public IActionResult OnGet(string period, string agentId) =>
        RedirectToPage("/Hr/Payslip", new { period, agentId = agentId.Trim() });
}
