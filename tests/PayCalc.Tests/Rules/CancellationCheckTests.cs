using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>A cancellation of an earlier month's deal must repeat the deal exactly as that month stored it.</summary>
public class CancellationCheckTests
{
    private static readonly Period November = new(2026, 11);

    private static Deal Row(Deal d, int row) => d with { Source = new SourceRef("sales.xlsx", "sales", row) };

    private static PayrollInput Input(params Deal[] deals) => new()
    {
        Period = November,
        Agents = [Build.Agent()],
        Deals = deals.ToList(),
    };

    private static readonly Dictionary<string, Deal> Stored = new()
    {
        ["D1"] = Build.Deal("D1", 50000m, 6, "2026-10-15"),
        ["D2"] = Build.Deal("D2", 30000m, 12, "2026-10-16", cancelled: "2026-10-20"),
    };

    [Fact]
    public void MatchingCancellation_AndNovembersOwnDeals_AreAccepted()
    {
        var input = Input(Row(Build.Deal("D1", 50000m, 6, "2026-10-15", "2026-11-03"), 2), Row(Build.Deal("N1", 1000m, 3, "2026-11-02"), 3));
        Assert.Empty(CancellationCheck.Check(input, Stored));
        Assert.Equal(["D1"], CancellationCheck.EarlierDeals(input).Select(d => d.DealId));
    }

    [Fact]
    public void UnknownDifferentOrAlreadyCancelled_AllListedWithRowAndColumn()
    {
        using var _ = UiCulture.Use("en");
        var input = Input(
            Row(Build.Deal("D9", 50000m, 6, "2026-10-15", "2026-11-03"), 2),
            Row(Build.Deal("D1", 55000m, 12, "2026-10-14", "2026-11-03", agent: "A002"), 3),
            Row(Build.Deal("D2", 30000m, 12, "2026-10-16", "2026-11-04"), 4));

        var errors = CancellationCheck.Check(input, Stored).Select(e => $"{e.File}:{e.Sheet}:{e.Row}:{e.Column}").ToList();

        Assert.Equal(
        [
            "sales.xlsx:sales:2:deal_id",
            "sales.xlsx:sales:3:agent_id", "sales.xlsx:sales:3:booked_date", "sales.xlsx:sales:3:amount", "sales.xlsx:sales:3:term_months",
            "sales.xlsx:sales:4:cancelled_date",
        ], errors);
        Assert.Contains("already cancelled on 2026-10-20", CancellationCheck.Check(input, Stored).Last().ToString());
    }

    [Fact]
    public void Problems_AreSaidInChinese_ByDefault()
    {
        using var _ = UiCulture.Use("zh-CN");
        var input = Input(
            Row(Build.Deal("D9", 50000m, 6, "2026-10-15", "2026-11-03"), 2),
            Row(Build.Deal("D2", 30000m, 12, "2026-10-16", "2026-11-04"), 4));

        var messages = CancellationCheck.Check(input, Stored).Select(e => e.Message).ToList();

        Assert.Equal(
        [
            "成交 D9（登记于 2026-10-15，早于 2026-11）被退单，但以前月份的计算中没有这笔成交；退单的以前月份成交必须是 PayCalc 在其登记月份导入过的",
            "成交 D2 已于 2026-10-20 退单",
        ], messages);
    }
}
