using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PayCalc.Web.Pages;

/// <summary>The page shown for a status without a body (404: nothing there, or nothing this person may see; the same words).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
