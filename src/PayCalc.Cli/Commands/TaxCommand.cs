using PayCalc.Application;
using System.CommandLine;
using System.Globalization;
using PayCalc.Rules.Model;
using PayCalc.Rules.Tax;

namespace PayCalc.Cli.Commands;

/// <summary>
/// <c>paycalc tax</c>: what-if answers for HR - a year of monthly wages with deductions gives the month-by-month
/// cumulative withholding; a bonus gives the tax under separate taxation and folded into wages. Numbers come from
/// <c>rules/statutory/cn-iit.yaml</c> in force in the chosen year. Nothing is read from or written to the database.
/// </summary>
public static class TaxCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var wage = new Option<decimal>("--wage") { Description = "Monthly taxable wage (CNY).", DefaultValueFactory = _ => 0m };
        var wages = new Option<string?>("--wages") { Description = "Comma-separated wage of each month from --from-month (e.g. 8000,8000,12000); overrides --wage." };
        var special = new Option<decimal>("--special") { Description = "Monthly special deductions: own social insurance + housing fund.", DefaultValueFactory = _ => 0m };
        var additional = new Option<decimal>("--additional") { Description = "Monthly special additional deductions (child education, elderly support, rent...).", DefaultValueFactory = _ => 0m };
        var fromMonth = new Option<int>("--from-month") { Description = "First month paid by this employer this year (1-12).", DefaultValueFactory = _ => 1 };
        var toMonth = new Option<int>("--to-month") { Description = "Last month to show (1-12).", DefaultValueFactory = _ => 12 };
        var year = new Option<int>("--year") { Description = "Tax year (picks the parameters in force).", DefaultValueFactory = _ => TimeProvider.System.GetUtcNow().Year };
        var firstIncome = new Option<bool>("--first-income") { Description = "STA 2020 No. 13: first wage income of the year (5,000 for every month from January)." };
        var lowIncome = new Option<bool>("--low-income") { Description = "STA 2020 No. 19: last year withheld here every month, wages <= 60,000 (60,000 deducted from January)." };
        var bonus = new Option<decimal>("--bonus") { Description = "Annual one-time bonus to compare: separate taxation vs folded into wages.", DefaultValueFactory = _ => 0m };
        var bonusMonth = new Option<int>("--bonus-month") { Description = "Month the bonus is paid (folded: added to that month's wages).", DefaultValueFactory = _ => 12 };
        var command = new Command("tax", "What-if income tax: month-by-month cumulative withholding for a wage; a bonus taxed both ways.")
        {
            wage, wages, special, additional, fromMonth, toMonth, year, firstIncome, lowIncome, bonus, bonusMonth,
        };
        command.SetAction(parse =>
        {
            var from = parse.GetValue(fromMonth);
            var to = parse.GetValue(toMonth);
            var bonusAt = parse.GetValue(bonusMonth);
            if (from is < 1 or > 12 || to < from || to > 12 || bonusAt < from || bonusAt > 12 || parse.GetValue(wage) < 0 || parse.GetValue(bonus) < 0)
            {
                Console.Error.WriteLine("tax: months must satisfy 1 <= --from-month <= --to-month <= 12 (bonus month within); amounts not negative.");
                return PayrollRunner.BadInput;
            }
            var file = Path.Combine(settings.RulesDirectory, "statutory", "cn-iit.yaml");
            WithholdingCalculator calculator;
            try
            {
                calculator = WithholdingCalculator.FromFile(file, new DateOnly(parse.GetValue(year), 12, 31));
            }
            catch (RuleLoadException ex)
            {
                Console.Error.WriteLine("The tax parameters could not be loaded:");
                foreach (var e in ex.Errors) Console.Error.WriteLine("  " + e);
                return PayrollRunner.Failure;
            }
            IReadOnlyList<decimal>? perMonth = null;
            if (parse.GetValue(wages) is { } list)
            {
                var parts = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var parsed = parts.Select(x => decimal.TryParse(x, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : (decimal?)null).ToList();
                if (parsed.Any(d => d is null) || parsed.Count == 0 || from + parsed.Count - 1 > 12)
                {
                    Console.Error.WriteLine("tax: --wages must be non-negative numbers separated by commas, at most one per month to December.");
                    return PayrollRunner.BadInput;
                }
                perMonth = parsed.Select(d => d!.Value).ToList();
                to = parse.GetResult(toMonth) is { Implicit: false } ? Math.Max(to, from + perMonth.Count - 1) : from + perMonth.Count - 1;
            }
            var request = new TaxWhatIf(parse.GetValue(wage), parse.GetValue(special), parse.GetValue(additional), from, to,
                parse.GetValue(firstIncome), parse.GetValue(lowIncome), parse.GetValue(bonus), bonusAt) { Wages = perMonth };
            Console.Out.Write(Render(calculator, request, parse.GetValue(year)));
            return PayrollRunner.Ok;
        });
        return command;
    }

    /// <summary>The what-if question as given on the command line.</summary>
    public sealed record TaxWhatIf(decimal Wage, decimal Special, decimal Additional, int FromMonth, int ToMonth,
        bool FirstIncomeOfYear, bool PriorYearLowIncome, decimal Bonus, int BonusMonth)
    {
        /// <summary>Each month's wage from <see cref="FromMonth"/> (months after the list earn 0), or null for <see cref="Wage"/> every month.</summary>
        public IReadOnlyList<decimal>? Wages { get; init; }

        public decimal WageOf(int month) => Wages is null ? Wage : month - FromMonth < Wages.Count ? Wages[month - FromMonth] : 0m;
    }

    public static string Render(WithholdingCalculator calculator, TaxWhatIf q, int year)
    {
        var inv = CultureInfo.InvariantCulture;
        string M(decimal v) => v.ToString("#,##0.00", inv);
        var w = new StringWriter(inv);
        var months = Enumerable.Range(q.FromMonth, Math.Max(q.ToMonth, q.BonusMonth) - q.FromMonth + 1)
            .Select(m => (q.WageOf(m), q.Special, q.Additional)).ToList();
        var schedule = calculator.Year(months, q.FromMonth, q.FirstIncomeOfYear, q.PriorYearLowIncome);
        var wageText = q.Wages is null ? $"wage {M(q.Wage)}/month" : $"wages {string.Join(", ", q.Wages.Select(M))}";
        w.WriteLine($"Income tax {year}, cumulative withholding (STA 2018 No. 61): {wageText}, special deductions {M(q.Special)}, " +
                    $"special additional {M(q.Additional)}" + (q.FirstIncomeOfYear ? ", STA 2020 No. 13" : "") + (q.PriorYearLowIncome ? ", STA 2020 No. 19" : ""));
        w.WriteLine();
        w.WriteLine($"{"month",5} {"cum. income",14} {"basic ded.",12} {"special",12} {"add. special",12} {"cum. taxable",14} {"rate",5} {"quick ded.",10} {"cum. tax",12} {"withheld",12} {"this month",12}");
        foreach (var m in schedule.Where(m => m.Month <= q.ToMonth))
            w.WriteLine($"{m.Month,5} {M(m.CumulativeIncome),14} {M(m.CumulativeBasicDeduction),12} {M(m.CumulativeSpecialDeductions),12} {M(m.CumulativeAdditionalDeductions),12} " +
                        $"{M(m.CumulativeTaxable),14} {(m.Rate * 100).ToString("0", inv) + "%",5} {M(m.QuickDeduction),10} {M(m.CumulativeTax),12} {M(m.WithheldBefore),12} {M(m.Withholding),12}");
        w.WriteLine($"{"total",5} {"",14} {"",12} {"",12} {"",12} {"",14} {"",5} {"",10} {"",12} {"",12} {M(schedule.Where(m => m.Month <= q.ToMonth).Sum(m => m.Withholding)),12}");
        if (q.Bonus > 0)
        {
            var at = schedule.Single(m => m.Month == q.BonusMonth);
            var before = at.CumulativeIncome - at.CumulativeBasicDeduction - at.CumulativeSpecialDeductions - at.CumulativeAdditionalDeductions;
            var c = calculator.Bonus(q.Bonus, before, at.WithheldBefore);
            w.WriteLine();
            w.WriteLine($"Annual bonus {M(q.Bonus)} paid in month {q.BonusMonth}:");
            if (calculator.SeparateBonusAllowed)
                w.WriteLine($"  separate taxation (MOF/STA 2023 No. 30): {M(q.Bonus)} x {(calculator.BonusBrackets.Rate(q.Bonus / calculator.BonusMonths) * 100).ToString("0", inv)}% - {M(calculator.BonusBrackets.QuickDeduction(q.Bonus / calculator.BonusMonths))} = {M(c.SeparateTax)}, take home {M(q.Bonus - c.SeparateTax)}");
            else
                w.WriteLine($"  separate taxation is not available in {year}; the bonus is folded into wages.");
            w.WriteLine($"  folded into month {q.BonusMonth}'s wages: extra withholding {M(c.FoldedTax)}, take home {M(q.Bonus - c.FoldedTax)}");
            if (calculator.SeparateBonusAllowed)
                w.WriteLine($"  cheaper: {(c.SeparateIsCheaper ? "separate taxation" : "folding into wages")} (saves {M(Math.Abs(c.FoldedTax - c.SeparateTax))})");
            if (c.DeadZoneStart > 0 && calculator.SeparateBonusAllowed)
                w.WriteLine($"  warning: dead zone - a bonus of {M(c.DeadZoneStart)} takes home {M(c.DeadZoneStart - calculator.BonusBrackets.Tax(c.DeadZoneStart, c.DeadZoneStart / calculator.BonusMonths))} after separate taxation, more than this bonus.");
        }
        return w.ToString();
    }
}
