using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PayCalc.Accounts;

namespace PayCalc.Web.Pages.Account;

/// <summary>An invited agent's first login: the activation code HR handed out, and a password of their own.</summary>
public sealed class ActivateModel(AccountStore accounts, SignInManager<PayCalcUser> signIn, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public string AgentId { get; set; } = "";

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            if (!await accounts.ActivateAsync(AgentId.Trim(), Code, Password))
            {
                Problem = text["ActivationFailed"];
                return Page();
            }
        }
        catch (AccountException ex)
        {
            // Identity's own description of what the password lacks.
            Problem = ex.Message;
            return Page();
        }
        await signIn.PasswordSignInAsync(AgentId.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        return RedirectToPage("/Me/Index");
    }
}
