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
