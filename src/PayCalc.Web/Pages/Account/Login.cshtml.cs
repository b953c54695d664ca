using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Accounts;

namespace PayCalc.Web.Pages.Account;

/// <summary>Log in with agent id (or HR/finance user name) and password; 5 failed attempts lock the account for 15 minutes.</summary>
public sealed class LoginModel(SignInManager<PayCalcUser> signIn) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The text key of what went wrong, or null.</summary>
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
        Problem = result.IsLockedOut ? "LockedOut" : "LoginFailed";
        return Page();
    }
}
