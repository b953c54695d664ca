using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Storage;

namespace PayCalc.Web.Pages.Hr;

/// <summary>A month's exceptions, each linked to the agent's payslip, and a payslip of any agent by id.</summary>
public sealed class MonthModel(PayPages pages) : PageModel
{
    public Period Period { get; private set; }

    public IReadOnlyList<StoredException> Exceptions { get; private set; } = [];

    public IActionResult OnGet(string period)
    {
        if (!Period.TryParse(period, out var p) || pages.AllMonths().All(m => m.Period != p)) return NotFound();
        Period = p;
        Exceptions = pages.Exceptions(p);
        return Page();
    }
}
