using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PayCalc.Web.Pages;

/// <summary>Switches the pages between Chinese (the default) and English, kept in a cookie, and goes back to the page.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "zh-CN";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Expires = DateTimeOffset.UtcNow.AddYears(1) });
        return LocalRedirect(returnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
    }
}
