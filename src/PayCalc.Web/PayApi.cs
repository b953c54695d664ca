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

        var staff = app.MapGroup("/api/agents").RequireAuthorization(Policies.Staff);
        staff.MapGet("/{agentId}/payslips/{period}", (string agentId, string period, PayPages pages) => Payslip(pages, agentId, period));
    }

    private static IResult Payslip(PayPages pages, string agentId, string period) =>
        Period.TryParse(period, out var p) && pages.Payslip(agentId, p) is { } page ? Results.Ok(PayslipJson.From(page)) : Results.NotFound();

    private sealed record MonthJson(string Period, decimal Gross, decimal Net);
}

/// <summary>A payslip as the API gives it: amounts as exact JSON numbers, each line with its explanation and rows.</summary>
internal sealed record PayslipJson(string Period, string AgentId, string Name, string Team, string Plan, decimal Gross, decimal Deductions,
    decimal Net, IReadOnlyList<PayslipPageLine> Earnings, IReadOnlyList<PayslipPageLine> DeductionLines)
{
    public static PayslipJson From(PayslipPage p) =>
        new(p.Period.ToString(), p.AgentId, p.Name, p.Team, p.Plan, p.Gross, p.Deductions, p.Net, p.Earnings, p.DeductionLines);
}
