using System.Security.Claims;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Web;

/// <summary>
/// The JSON API the pages' data comes from and tests use. An agent reads only their own payslips (<c>/api/me/...</c>: the
/// agent id comes from the login, never from the request); HR and finance read any agent's (<c>/api/agents/...</c>).
/// Not logged in: 401. Anything else an agent is not allowed, or that does not exist: 404, the same answer, so nothing
/// tells an agent whether another agent or month exists.
/// </summary>
internal static class PayApi
{
    public static void MapPayApi(this WebApplication app)
    {
        var me = app.MapGroup("/api/me").RequireAuthorization(Policies.Agent);
        me.MapGet("/payslips", (ClaimsPrincipal user, PayPages pages) =>
            Results.Ok(pages.Months(AgentClaims.Of(user)!).Select(m => new MonthJson(m.Period.ToString(), m.Gross, m.Net))));
        me.MapGet("/payslips/{period}", (string period, ClaimsPrincipal user, PayPages pages) => Payslip(pages, AgentClaims.Of(user)!, period));
        // The estimate of the month HR previewed: 404 when there is none for this agent. Never listed with the payslips.
        me.MapGet("/preview", (ClaimsPrincipal user, Estimates estimates) =>
            estimates.For(AgentClaims.Of(user)!)?.Estimate is { } e ? Results.Ok(EstimateJson.From(e)) : Results.NotFound());
        // A what-if on it: 400 with every problem when an answer is out of bounds (nothing computed).
        me.MapPost("/whatif", (WhatIfJson body, ClaimsPrincipal user, Estimates estimates) =>
        {
            var outcome = estimates.For(AgentClaims.Of(user)!, body.ToWhatIf());
            if (outcome is null) return Results.NotFound();
            return outcome.Estimate is { } e ? Results.Ok(EstimateJson.From(e)) : Results.BadRequest(new ProblemsJson(outcome.Problems));
        });

        var staff = app.MapGroup("/api/agents").RequireAuthorization(Policies.Staff);
        staff.MapGet("/{agentId}/payslips/{period}", (string agentId, string period, PayPages pages) => Payslip(pages, agentId, period));
    }

    private static IResult Payslip(PayPages pages, string agentId, string period) =>
        Period.TryParse(period, out var p) && pages.Payslip(agentId, p) is { } page ? Results.Ok(PayslipJson.From(page)) : Results.NotFound();

    private sealed record MonthJson(string Period, decimal Gross, decimal Net);
}

/// <summary>A what-if as the API takes it (every field optional; metrics by the plan's names).</summary>
internal sealed record WhatIfJson(decimal? ExtraOvertimeHours, int? ExtraNightShifts, decimal? ExtraSales, int? ExtraSalesTermMonths,
    Dictionary<string, decimal>? Metrics)
{
    public WhatIf ToWhatIf() => new()
    {
        ExtraOvertimeHours = ExtraOvertimeHours ?? 0m,
        ExtraNightShifts = ExtraNightShifts ?? 0,
        ExtraSales = ExtraSales ?? 0m,
        ExtraSalesTermMonths = ExtraSalesTermMonths,
        Metrics = Metrics ?? [],
    };
}

/// <summary>Why a what-if was refused, one sentence per problem.</summary>
internal sealed record ProblemsJson(IReadOnlyList<string> Problems);

/// <summary>An estimate as the API gives it: always marked as one, with the date of its data.</summary>
internal sealed record EstimateJson(bool IsEstimate, string Period, string DataAsOf, PayslipJson SoFar, PayslipJson? WhatIf, decimal? NetChange,
    IReadOnlyList<TierDistance> Tiers, IReadOnlyList<string> Assumptions, IReadOnlyList<EstimateMetric> Metrics, IReadOnlyList<int> Terms)
{
    public static EstimateJson From(Estimate e) =>
        new(true, e.Period.ToString(), e.DataAsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), PayslipJson.From(e.SoFar),
            e.WhatIf is { } w ? PayslipJson.From(w) : null, e.WhatIf is { } x ? x.Net - e.SoFar.Net : null, e.Tiers, e.Assumptions, e.Metrics, e.Terms);
}

/// <summary>A payslip as the API gives it: amounts as exact JSON numbers, each line with its explanation and rows.</summary>
internal sealed record PayslipJson(string Period, string AgentId, string Name, string Team, string Plan, decimal Gross, decimal Deductions,
    decimal Net, IReadOnlyList<PayslipPageLine> Earnings, IReadOnlyList<PayslipPageLine> DeductionLines)
{
    public static PayslipJson From(PayslipPage p) =>
        new(p.Period.ToString(), p.AgentId, p.Name, p.Team, p.Plan, p.Gross, p.Deductions, p.Net, p.Earnings, p.DeductionLines);
}
