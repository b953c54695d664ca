using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc tax</c>: the month-by-month cumulative withholding of a wage, and a bonus taxed separately and folded
/// into wages. Computed by the payroll engine with the what-if plan <c>rules/statutory/what-if/tax-what-if.yaml</c>,
/// which includes the statutory module the plans use: one synthetic employee, each month's payslip lines the next
/// month's history, as a stored run chains them. Nothing is read from or written to the database.
/// </summary>
public sealed class TaxQuestion(TextWriter output, TextWriter errors)
{
    /// <summary>Where the what-if plan lives, relative to the rules folder.</summary>
    public static readonly string PlanFile = Path.Combine("statutory", "what-if", "tax-what-if.yaml");

    private const string EmployeeId = "what-if";

    /// <summary>Prints the answer; 1 when the rules cannot be loaded or computed (each problem printed).</summary>
    public int Answer(string rulesDirectory, TaxWhatIf question, int year)
    {
        TaxYear answer;
        try
        {
            answer = Compute(rulesDirectory, question, year);
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine(ToolText.Get("Tax_RulesNotLoaded"));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        catch (ComputeFailedException ex)
        {
            errors.WriteLine(ToolText.Get("Tax_ComputeFailed"));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        output.Write(Render(answer, question, year));
        return PayrollRunner.Ok;
    }

    /// <summary>Runs the what-if plan for <paramref name="year"/>'s months from the first month to <see cref="TaxWhatIf.LastMonth"/>.</summary>
    /// <exception cref="RuleLoadException">Every problem with the rule files, each with file and line.</exception>
    /// <exception cref="ComputeFailedException">A month could not be computed.</exception>
    public static TaxYear Compute(string rulesDirectory, TaxWhatIf q, int year)
    {
        var path = Path.Combine(rulesDirectory, PlanFile);
        if (!File.Exists(path))
            throw new RuleLoadException([new RuleError(path, 0, "tax", ToolText.Get("Tax_PlanMissing"))]);
        var definition = PlanLoader.Load(path);
        // One clear message rather than every parameter without a value in force that year.
        if (!definition.AppliesTo(new Period(year, q.FromMonth)))
            throw new RuleLoadException([new RuleError(definition.File, 1, definition.Code,
                ToolText.Format("Tax_YearNotCovered", definition.EffectiveFrom.Year.ToString(CultureInfo.InvariantCulture), definition.EffectiveTo?.Year.ToString(CultureInfo.InvariantCulture) ?? ToolText.Get("Tax_Now"), year.ToString(CultureInfo.InvariantCulture)))]);
        // Working days play no part in the tax: a plain Monday-Friday calendar serves any year.
        var calendar = new WorkCalendar("what-if", new Dictionary<DateOnly, DayType>(), [year]);
        var employee = new Agent
        {
            AgentId = EmployeeId,
            Name = EmployeeId,
            Team = EmployeeId,
            HireDate = new DateOnly(year, q.FromMonth, 1),
            BaseSalary = 0m,
            ContributionBase = q.Special,
            SpecialAdditionalDeduction = q.Additional,
            FirstWageIncomeOfYear = q.FirstIncomeOfYear,
            PriorYearLowIncome = q.PriorYearLowIncome,
        };
        var history = PayrollHistory.Empty;
        var months = new List<TaxMonth>();
        var plans = new Dictionary<int, CompiledPlan>();
        (TaxMonth Month, PayrollResult Result) Month(int month, decimal bonus)
        {
            var period = new Period(year, month);
            if (!plans.TryGetValue(month, out var plan)) plans[month] = plan = PlanCompiler.Compile(definition, period);
            var input = new PayrollInput
            {
                Period = period,
                Agents = [employee],
                Metrics = [new AgentMetrics
                {
                    AgentId = EmployeeId,
                    Period = period,
                    Numbers = new Dictionary<string, decimal> { ["wage"] = q.WageOf(month), ["bonus"] = bonus },
                }],
            };
            var result = new PayrollEngine(plan, calendar).Compute(input, history);
            return (new TaxMonth(month, result.Payslips.Single()), result);
        }
        for (var month = q.FromMonth; month <= q.LastMonth; month++)
        {
            var (m, result) = Month(month, q.Bonus > 0 && month == q.BonusMonth ? q.Bonus : 0m);
            months.Add(m);
            history = history.Including(result);
        }
        // What a bonus at the dead zone's start would cost separately: the bonus month again with that bonus
        // (the history holds only earlier months for it, so later months' lines do not matter).
        var deadZone = q.Bonus > 0 ? months.Single(m => m.Month == q.BonusMonth).BonusDeadZoneStart : 0m;
        // The history holds the whole year by now; the engine reads only the months before the one it computes.
        return new TaxYear(months, deadZone > 0 ? Month(q.BonusMonth, deadZone).Month.BonusSeparateTax : 0m);
    }

    public static string Render(TaxYear answer, TaxWhatIf q, int year)
    {
        var inv = CultureInfo.InvariantCulture;
        string M(decimal v) => v.ToString("#,##0.00", inv);
        string Percent(decimal rate) => (rate * 100).ToString("0", inv) + "%";
        static string T(string key) => ToolText.Get(key);
        var w = new StringWriter(inv);
        var shown = answer.Months.Where(m => m.Month <= q.ToMonth).ToList();
        var wageText = q.Wages is null ? ToolText.Format("Tax_WageMonthly", M(q.Wage)) : ToolText.Format("Tax_WageList", string.Join(", ", q.Wages.Select(M)));
        w.WriteLine(ToolText.Format("Tax_Title", year.ToString(inv), wageText, M(q.Special), M(q.Additional),
                    (q.FirstIncomeOfYear ? ToolText.Get("Tax_FirstIncome") : "") + (q.PriorYearLowIncome ? ToolText.Get("Tax_LowIncome") : "")));
        w.WriteLine();
        w.WriteLine($"{T("Tax_ColMonth"),5} {T("Tax_ColCumIncome"),14} {T("Tax_ColBasic"),12} {T("Tax_ColSpecial"),12} {T("Tax_ColAdditional"),12} {T("Tax_ColTaxable"),14} {T("Tax_ColRate"),5} {T("Tax_ColQuick"),10} {T("Tax_ColCumTax"),12} {T("Tax_ColWithheld"),12} {T("Tax_ColThisMonth"),12}");
        foreach (var m in shown)
            w.WriteLine($"{m.Month,5} {M(m.CumulativeIncome),14} {M(m.CumulativeBasicDeduction),12} {M(m.CumulativeSpecialDeductions),12} {M(m.CumulativeAdditionalDeductions),12} " +
                        $"{M(m.CumulativeTaxable),14} {Percent(m.Rate),5} {M(m.QuickDeduction),10} {M(m.CumulativeTax),12} {M(m.WithheldBefore),12} {M(m.Withholding),12}");
        w.WriteLine($"{T("Tax_Total"),5} {"",14} {"",12} {"",12} {"",12} {"",14} {"",5} {"",10} {"",12} {"",12} {M(shown.Sum(m => m.Withholding)),12}");
        if (q.Bonus > 0)
        {
            var at = answer.Of(q.BonusMonth);
            var separate = at.BonusSeparateTax;
            var folded = at.BonusFoldedTax;
            w.WriteLine();
            w.WriteLine(ToolText.Format("Tax_BonusTitle", M(q.Bonus), q.BonusMonth.ToString(inv)));
            if (at.SeparateBonusAllowed)
                w.WriteLine(ToolText.Format("Tax_BonusSeparate", M(q.Bonus), Percent(at.BonusRate), M(at.BonusQuickDeduction), M(separate), M(q.Bonus - separate)));
            else
                w.WriteLine(ToolText.Format("Tax_BonusNoSeparate", year.ToString(inv)));
            w.WriteLine(ToolText.Format("Tax_BonusFolded", q.BonusMonth.ToString(inv), M(folded), M(q.Bonus - folded)));
            if (at.SeparateBonusAllowed)
                w.WriteLine(ToolText.Format("Tax_Cheaper", T(separate <= folded ? "Tax_CheaperSeparate" : "Tax_CheaperFolded"), M(Math.Abs(folded - separate))));
            if (at.BonusDeadZoneStart > 0 && at.SeparateBonusAllowed)
                w.WriteLine(ToolText.Format("Tax_DeadZone", M(at.BonusDeadZoneStart), M(at.BonusDeadZoneStart - answer.DeadZoneSeparateTax)));
        }
        return w.ToString();
    }
}
