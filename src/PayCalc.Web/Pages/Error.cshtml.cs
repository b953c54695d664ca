using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PayCalc.Web.Pages;

/// <summary>An unexpected failure in Production: one sentence, no details (they are in the log).</summary>
public sealed class ErrorModel : PageModel
{
    public void OnGet()
    {
    }
}
