using PayCalc.Domain.Payroll;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// A check whose condition fails for one agent (NRules' LhsExpressionFailedEvent) does not abort the session or the
/// run: that agent gets a blocking exception naming the check, and the other agents are judged as usual.
/// </summary>
public class CheckFailureTests
{
    private const string Check = """
        checks:
          - code: doubled_term
            severity: info
            match:
              - each: deal
                as: d
                where: installment_rate.Of(d.TermMonths * 2) > 0
            message: "deal {d.DealId}"
        flags:
        """;

    [Fact]
    public void FailingCondition_IsABlockingExceptionNamingCheckAndAgent()
    {
        using var _ = UiCulture.Use("en");
        var plan = NetPay.PlanWith("\nflags:\n", "\n" + Check + "\n")(Build.October);
        // 24 x 2 = 48 months: the term table has no such entry.
        var month = Build.Run([Build.Agent("A001"), Build.Agent("A002")], [.. Build.WorkedExampleShifts("A001"), .. Build.WorkedExampleShifts("A002")],
            [Build.Metrics("A001"), Build.Metrics("A002")],
            [Build.Deal("D1", 10000m, 24, agent: "A001"), Build.Deal("D2", 10000m, 6, agent: "A002")], plan: plan);

        var raised = month.Flags.Where(f => f.Code == "doubled_term").ToList();
        Assert.Equal(2, raised.Count);
        Assert.Equal(new PayrollFlag("A001", "doubled_term", "check 'doubled_term' could not be evaluated for agent A001: table 'installment_rate' has no entry '48'.",
            FlagSeverity.Blocking), raised[0]);
        Assert.Equal(new PayrollFlag("A002", "doubled_term", "deal D2", FlagSeverity.Info), raised[1]);
    }
}
