using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Runtime;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

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
