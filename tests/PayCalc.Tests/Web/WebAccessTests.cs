using System.Net;
using System.Text.Json;

namespace PayCalc.Tests.Web;

/// <summary>
/// Who may read what, route by route: an agent only their own payslips (another agent's id, a period or a query string
/// changes nothing: 404, as for what does not exist), HR and finance any agent's, nobody without logging in (API 401,
/// pages to the login). Lockout after 5 failed logins; a form without its antiforgery token is refused.
/// </summary>
public sealed class WebAccessTests(PayCalcWeb web) : IClassFixture<PayCalcWeb>
{
    public static TheoryData<string> ApiRoutes => ["/api/me/payslips", "/api/me/payslips/2026-10", "/api/agents/A001/payslips/2026-10"];

    public static TheoryData<string> Pages => ["/Me", "/Me/Payslip/2026-10", "/Hr", "/Hr/Month/2026-10", "/Hr/Payslip/2026-10/A001", "/Hr/Accounts"];

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Api_NotLoggedIn_401(string route)
    {
        var response = await web.Browser().GetAsync(route);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_NotLoggedIn_GoesToLogin(string route)
    {
        var response = await web.Browser().GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Agent_ListsOnlyOwnMonths_AndReadsOwnPayslip()
    {
        var client = await web.LoggedIn("A001");

        using var months = JsonDocument.Parse(await client.GetStringAsync("/api/me/payslips"));
        using var october = JsonDocument.Parse(await client.GetStringAsync("/api/me/payslips/2026-10"));

        Assert.Equal(["2026-11", "2026-10"], months.RootElement.EnumerateArray().Select(m => m.GetProperty("period").GetString()));
        Assert.Equal("A001", october.RootElement.GetProperty("agentId").GetString());
        var night = october.RootElement.GetProperty("earnings").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "night_allowance");
        Assert.Equal(120m, night.GetProperty("amount").GetDecimal());
        Assert.Equal(2, night.GetProperty("rows").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/agents/A002/payslips/2026-10")] // another agent, by id
    [InlineData("/api/agents/A001/payslips/2026-10")] // even oneself through HR's route
    [InlineData("/api/me/payslips/2026-12")] // a month without a payslip
    [InlineData("/api/me/payslips/2026-13")] // not a month
    [InlineData("/api/me/payslips/..%2F..%2Fagents%2FA002")] // a path trick
    [InlineData("/Hr")]
    [InlineData("/Hr/Payslip/2026-10/A002")]
    [InlineData("/Me/Payslip/2026-12")]
    public async Task Agent_AnythingElse_404(string route)
    {
        var client = await web.LoggedIn("A001");

        var response = await client.GetAsync(route);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("A002", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Agent_AQueryNamingAnotherAgent_StillReadsOwnPayslip()
    {
        var client = await web.LoggedIn("A001");

        using var slip = JsonDocument.Parse(await client.GetStringAsync("/api/me/payslips/2026-10?agentId=A002&AgentId=A002"));

        Assert.Equal("A001", slip.RootElement.GetProperty("agentId").GetString());
    }

    [Theory]
    [InlineData("hr")]
    [InlineData("finance")]
    public async Task Staff_ReadAnyAgentsPayslip_ButHaveNoOwn(string user)
    {
        var client = await web.LoggedIn(user);

        using var slip = JsonDocument.Parse(await client.GetStringAsync("/api/agents/A002/payslips/2026-10"));
        var mine = await client.GetAsync("/api/me/payslips");
        var page = await client.GetStringAsync("/Hr/Payslip/2026-10/A002");

        Assert.Equal("A002", slip.RootElement.GetProperty("agentId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, mine.StatusCode);
        Assert.Contains("data-line=\"base_pay\"", page);
    }

    [Fact]
    public async Task Hr_MonthPage_ListsTheMonthsExceptions()
    {
        var client = await web.LoggedIn("hr");

        var page = await client.GetStringAsync("/Hr/Month/2026-10");
        var months = await client.GetStringAsync("/Hr");

        Assert.Contains("data-exceptions", page);
        Assert.Contains("/Hr/Month/2026-11", months);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount_EvenForTheRightOne()
    {
        using var services = PayCalc.Accounts.AccountStore.Services(web.DatabasePath);
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(services))
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PayCalc.Accounts.AccountStore>(scope.ServiceProvider).AddUserAsync("A003", PayCalcWeb.Password, PayCalc.Accounts.Roles.Agent);
        var client = web.Browser();

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await PayCalcWeb.LogIn(client, "A003", "wrong-pass-9")).StatusCode);
        var right = await PayCalcWeb.LogIn(client, "A003", PayCalcWeb.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me/payslips")).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutTheFormsAntiforgeryToken_IsRefused()
    {
        var client = web.Browser();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "A001", ["Password"] = PayCalcWeb.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me/payslips")).StatusCode);
    }

    [Fact]
    public async Task LoginCookie_IsHttpOnlySecureAndSameSiteStrict()
    {
        var response = await PayCalcWeb.LogIn(web.Browser(), "A002", PayCalcWeb.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("paycalc=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
