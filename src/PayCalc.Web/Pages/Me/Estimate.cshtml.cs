using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PayCalc.Application;

namespace PayCalc.Web.Pages.Me;

/// <summary>
/// This month so far (预估): the agent's estimate from HR's latest preview, and a what-if on it. Always the logged-in
/// agent's own (the id comes from the login); shown as an estimate, never as a payslip.
/// </summary>
public sealed class EstimateModel(Estimates estimates) : PageModel
{
    public Estimate? Estimate { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty] public decimal? ExtraOvertimeHours { get; set; }
    [BindProperty] public int? ExtraNightShifts { get; set; }
    [BindProperty] public decimal? ExtraSales { get; set; }
    [BindProperty] public int? ExtraSalesTermMonths { get; set; }
    /// <summary>The KPI fields given (<c>Metrics[name]</c>), read from the form by hand: a bound dictionary would fall back
    /// to every field of the form when none is given.</summary>
    public Dictionary<string, decimal> Metrics { get; private set; } = [];

    public void OnGet() => Estimate = estimates.For(AgentClaims.Of(User)!)?.Estimate;

    public IActionResult OnPost()
    {
        foreach (var (key, value) in Request.Form)
        {
            if (!key.StartsWith("Metrics[", StringComparison.Ordinal) || !key.EndsWith(']') || string.IsNullOrWhiteSpace(value)) continue;
            var name = key["Metrics[".Length..^1];
            if (decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number))
                Metrics[name] = number;
            else ModelState.AddModelError(name, value.ToString());
        }
        if (!ModelState.IsValid)
        {
            // A value that is not a number never reaches the estimate: the form says which field.
            Problems = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => $"{e.Key}: {e.Value!.AttemptedValue}").ToList();
            Estimate = estimates.For(AgentClaims.Of(User)!)?.Estimate;
            return Page();
        }
        var whatIf = new WhatIf
        {
            ExtraOvertimeHours = ExtraOvertimeHours ?? 0m,
            ExtraNightShifts = ExtraNightShifts ?? 0,
            ExtraSales = ExtraSales ?? 0m,
            ExtraSalesTermMonths = ExtraSalesTermMonths,
            Metrics = Metrics,
        };
        var outcome = estimates.For(AgentClaims.Of(User)!, whatIf);
        if (outcome is null) return Page();
        Problems = outcome.Problems;
        Estimate = outcome.Estimate ?? estimates.For(AgentClaims.Of(User)!)?.Estimate;
        return Page();
    }
}
