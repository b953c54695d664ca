using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PayCalc.Domain;
using PayCalc.Tests.Cli;

namespace PayCalc.Tests.Web;

/// <summary>
/// This month so far (预估) and the what-if: December of the bank-card-center example is stored as a preview (the fixture);
/// an agent sees it only as an estimate of their own, recomputed by the real plan, and a what-if moves it as the
/// reference plan says (accelerator 1.2 from 200,000 of sales, 0.8 % for 12 months, 60 per night shift of 4 h or more at night).
/// </summary>
public sealed class EstimateTests(PayCalcWeb web) : IClassFixture<PayCalcWeb>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Preview_IsNeverShownAsAPayslip()
    {
        var agent = await web.LoggedIn("A001");
        var hr = await web.LoggedIn("hr");

        var months = await agent.GetStringAsync("/api/me/payslips");
        var estimate = await agent.GetFromJsonAsync<JsonElement>("/api/me/preview");
        var index = await agent.GetStringAsync("/Me");
        var page = await agent.GetStringAsync("/Me/Estimate");

        Assert.DoesNotContain("2026-12", months);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/me/payslips/2026-12")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/Me/Payslip/2026-12")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync("/api/agents/A001/payslips/2026-12")).StatusCode);
        Assert.DoesNotContain("/Me/Payslip/2026-12", index);
        Assert.Contains("/Me/Estimate", index);
        Assert.True(estimate.GetProperty("isEstimate").GetBoolean());
        Assert.Equal("2026-12", estimate.GetProperty("period").GetString());
        Assert.Equal("2026-12-31", estimate.GetProperty("dataAsOf").GetString());
        Assert.Contains("预估，不是工资单", page);
        Assert.Contains("数据截至 2026-12-31", page);
    }

    [Fact]
    public async Task Estimate_IsTheMonthAsRunWouldPayIt()
    {
        // The same December input run for real (after the same October and November) gives the payslip the estimate shows.
        using var runs = new ExampleMonthRuns();
        foreach (var month in new[] { "2026-10", "2026-11", "2026-12" }) Assert.Equal(0, runs.Run(Period.Parse(month)).Exit);
        var store = new PayCalc.Storage.PayrollStore(runs.Db.Path, TimeProvider.System);
        var agent = await web.LoggedIn("A001");

        var estimate = (await agent.GetFromJsonAsync<JsonElement>("/api/me/preview")).GetProperty("soFar");
        var payslip = store.Runs.FindPayslip(new Period(2026, 12), "A001")!;

        Assert.Equal(payslip.Net, estimate.GetProperty("net").GetDecimal());
        Assert.Equal(payslip.Gross, estimate.GetProperty("gross").GetDecimal());
    }

    [Fact]
    public async Task WhatIf_SalesUpToTheThreshold_PayAllCommissionAtTheAccelerator()
    {
        var agent = await web.LoggedIn("A001");
        var before = await agent.GetFromJsonAsync<JsonElement>("/api/me/preview");
        var tier = Tier(before, "accelerator");
        var volume = tier.GetProperty("measure").GetDecimal();
        var distance = tier.GetProperty("distance").GetDecimal();
        Assert.Equal(200_000m - volume, distance);
        Assert.Contains($"再 {distance:#,##0.##} 可达下一档（1.2）", tier.GetProperty("text").GetString());

        var response = await agent.PostAsJsonAsync("/api/me/whatif", new { extraSales = distance, extraSalesTermMonths = 12 });
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commissionBefore = Line(before.GetProperty("soFar"), "installment_commission");
        var commissionAfter = Line(after.GetProperty("whatIf"), "installment_commission");
        // All the month's commission at 1.2, the new sale's at 0.8 % (12 months); each line rounded once.
        Assert.InRange(commissionAfter - (commissionBefore + distance * 0.008m) * 1.2m, -0.01m, 0.01m);
        Assert.Equal(JsonValueKind.Null, Tier(after, "accelerator").GetProperty("nextThreshold").ValueKind);
        Assert.Equal(1.2m, Tier(after, "accelerator").GetProperty("current").GetDecimal());
        Assert.True(after.GetProperty("netChange").GetDecimal() > 0);
        Assert.Contains(after.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.Contains("分 12 期"));
    }

    [Fact]
    public async Task WhatIf_OneMoreNightShift_AddsItsAllowance()
    {
        var agent = await web.LoggedIn("A001");
        var before = await agent.GetFromJsonAsync<JsonElement>("/api/me/preview");

        var after = await (await agent.PostAsJsonAsync("/api/me/whatif", new { extraNightShifts = 1 })).Content.ReadFromJsonAsync<JsonElement>();

        // 22:00-06:00 is 8 h at night: the 60 tier (reference plan: 60 when N >= 4).
        Assert.Equal(Line(before.GetProperty("soFar"), "night_allowance") + 60m, Line(after.GetProperty("whatIf"), "night_allowance"));
    }

    [Fact]
    public async Task WhatIf_BetterKpiInputs_ReachTheTopCoefficient()
    {
        var agent = await web.LoggedIn("A002");

        var response = await agent.PostAsJsonAsync("/api/me/whatif",
            new { metrics = new Dictionary<string, decimal> { ["aht_seconds"] = 185, ["qa_score"] = 100, ["calls_handled"] = 5000, ["noncritical_errors"] = 0 } });
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kpi = Tier(after, "kpi_coefficient");
        // aht 185 s scores 100, productivity is capped at 120, quality 100: 0.3*100 + 0.3*120 + 0.4*100 = 106 >= 90.
        Assert.Equal(106m, kpi.GetProperty("measure").GetDecimal());
        Assert.Equal(1.2m, kpi.GetProperty("current").GetDecimal());
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("nextThreshold").ValueKind);
    }

    [Theory]
    [InlineData("{\"extraOvertimeHours\": -1}", "额外加班小时数须在 0 到 100 之间")]
    [InlineData("{\"extraOvertimeHours\": 100.5}", "额外加班小时数须在 0 到 100 之间")]
    [InlineData("{\"extraOvertimeHours\": 1.234}", "最多两位小数")]
    [InlineData("{\"extraNightShifts\": 32}", "额外夜班数须为 0 到 31 之间的整数")]
    [InlineData("{\"extraNightShifts\": 30}", "本月只剩")]
    [InlineData("{\"extraSales\": -5, \"extraSalesTermMonths\": 12}", "额外销售额须在 0 到")]
    [InlineData("{\"extraSales\": 5000}", "请给出这笔销售的分期期数")]
    [InlineData("{\"extraSales\": 5000, \"extraSalesTermMonths\": 7}", "分期期数 7 不在方案中（可选：3, 6, 12, 24）")]
    [InlineData("{\"metrics\": {\"salary\": 1}}", "方案没有指标 salary")]
    [InlineData("{\"metrics\": {\"qa_score\": 101}}", "指标 qa_score 须在 0 到 100 之间")]
    [InlineData("{\"metrics\": {\"calls_handled\": 1.5}}", "指标 calls_handled 须为整数")]
    public async Task WhatIf_OutOfBounds_IsRefusedWithItsReason(string body, string reason)
    {
        var agent = await web.LoggedIn("A001");

        var response = await agent.PostAsync("/api/me/whatif", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, JsonSerializer.Deserialize<JsonElement>(text).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).First(p => p!.Contains(reason)));
    }

    [Fact]
    public async Task WhatIf_NotANumber_IsRefused()
    {
        var agent = await web.LoggedIn("A001");

        var response = await agent.PostAsync("/api/me/whatif", new StringContent("{\"extraSales\": \"lots\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WhatIf_IsOnlyEverTheLoggedInAgents()
    {
        var agent = await web.LoggedIn("A001");
        var hr = await web.LoggedIn("hr");

        // An agent id in the body is not a field: the answer is still A001's own estimate.
        var own = await (await agent.PostAsJsonAsync("/api/me/whatif", new { agentId = "A002", extraNightShifts = 1 })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("A001", own.GetProperty("soFar").GetProperty("agentId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PostAsJsonAsync("/api/me/whatif", new { extraNightShifts = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync("/api/me/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Browser().PostAsJsonAsync("/api/me/whatif", new { extraNightShifts = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Browser().GetAsync("/api/me/preview")).StatusCode);
    }

    [Fact]
    public async Task WhatIfForm_NeedsItsAntiforgeryToken_AndShowsTheNewExpectedPay()
    {
        var agent = await web.LoggedIn("A001");
        var token = await PayCalcWeb.FormToken(agent, "/Me/Estimate");

        var refused = await agent.PostAsync("/Me/Estimate", new FormUrlEncodedContent(new Dictionary<string, string> { ["ExtraNightShifts"] = "1" }));
        var page = await (await agent.PostAsync("/Me/Estimate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ExtraNightShifts"] = "1", ["__RequestVerificationToken"] = token,
        }))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(page.Contains("data-whatif-net"), page[page.IndexOf("<main>")..]);
        var api = await (await agent.PostAsJsonAsync("/api/me/whatif", new { extraNightShifts = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var at = page.IndexOf("data-whatif-change", StringComparison.Ordinal);
        Assert.Equal($"data-whatif-change>+{api.GetProperty("netChange").GetDecimal():#,##0.00}<", page.Substring(at, 40)[..(page.Substring(at, 40).IndexOf('<') + 1)]);
        Assert.Contains("额外 1 个夜班，每个 22:00–06:00，休息 60 分钟", page);
    }

    private static JsonElement Tier(JsonElement estimate, string code) =>
        estimate.GetProperty("tiers").EnumerateArray().First(t => t.GetProperty("code").GetString() == code);

    private static decimal Line(JsonElement payslip, string code) =>
        payslip.GetProperty("earnings").EnumerateArray().Concat(payslip.GetProperty("deductionLines").EnumerateArray())
            .Where(l => l.GetProperty("code").GetString() == code).Select(l => l.GetProperty("amount").GetDecimal()).FirstOrDefault();
}
