using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

public class OpeningBalanceCheckTests
{
    private static readonly Period October = new(2026, 10);

    private static PayrollInput Input(params YtdBalance[] ytd) => new()
    {
        Period = October,
        Agents = [NetPay.Agent("A001", hired: "2025-03-01"), NetPay.Agent("A002", hired: "2026-10-12"), NetPay.Agent("A003", hired: "2026-09-30"),
                  NetPay.Agent("A004", hired: "2024-01-01", terminated: "2026-09-30")],
        YtdBalances = ytd,
    };

    private static YtdBalance Balance(string id, int year = 2026) => new()
    {
        AgentId = id, Year = year, Months = 9, Income = 1, SpecialDeductions = 0, AdditionalDeductions = 0, TaxWithheld = 0,
    };

    [Fact]
    public void FirstHeldMonthOctober_ListsEveryAgentEmployedEarlierWithoutABalance()
    {
        var errors = OpeningBalanceCheck.Check(Build.BankPlan(October), Input(Balance("A003", 2025)), October);
        Assert.Equal(["A001", "A003"], errors.Select(e => e.Message.Split(' ')[1]).ToList());
    }

    [Fact]
    public void WithBalances_Passes() =>
        Assert.Empty(OpeningBalanceCheck.Check(Build.BankPlan(October), Input(Balance("A001"), Balance("A003")), October));

    [Fact]
    public void YearHeldFromJanuary_NeedsNoBalance() =>
        Assert.Empty(OpeningBalanceCheck.Check(Build.BankPlan(October), Input(), new Period(2026, 1)));
}

public class CityInputCheckTests
{
    [Fact]
    public void UnknownCity_IsAnInputErrorOnTheRosterRow()
    {
        var october = new Period(2026, 10);
        var agent = NetPay.Agent("A007", city: "杭州") with { Source = new SourceRef("agents.xlsx", "花名册", 8) };
        var input = new PayrollInput { Period = october, Agents = [agent, NetPay.Agent("A008", city: "上海"), NetPay.Agent("A009", city: "Shenzhen")] };
        var e = Assert.Single(PlanInputCheck.Check(Build.BankPlan(october), input), x => x.Column == "city");
        Assert.Equal(("agents.xlsx", 8, "杭州"), (e.File, e.Row, e.Value));
        Assert.Contains("shanghai (上海)", e.Message);
    }
}
