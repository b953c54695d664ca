using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Accounts;

namespace PayCalc.Web.Pages.Account;

/// <summary>Logs out (a form post, so another site cannot log a person out with a link).</summary>
public sealed class LogoutModel(SignInManager<PayCalcUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
