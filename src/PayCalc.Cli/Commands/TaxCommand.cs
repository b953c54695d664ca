using System.CommandLine;
using System.Globalization;
using PayCalc.Application;

namespace PayCalc.Cli.Commands;

/// <summary>
/// <c>paycalc tax</c>: what-if answers for HR - a year of monthly wages with deductions gives the month-by-month
/// cumulative withholding; a bonus gives the tax under separate taxation and folded into wages. Computed by the
/// payroll engine with <c>rules/statutory/what-if/tax-what-if.yaml</c> (the plans' statutory module and
/// <c>cn-iit.yaml</c>) in force in the chosen year. Nothing is read from or written to the database.
/// </summary>
public static class TaxCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var wage = new Option<decimal>("--wage") { Description = ToolText.Get("Tax_OptWage"), DefaultValueFactory = _ => 0m };
        var wages = new Option<string?>("--wages") { Description = ToolText.Get("Tax_OptWages") };
        var special = new Option<decimal>("--special") { Description = ToolText.Get("Tax_OptSpecial"), DefaultValueFactory = _ => 0m };
        var additional = new Option<decimal>("--additional") { Description = ToolText.Get("Tax_OptAdditional"), DefaultValueFactory = _ => 0m };
        var fromMonth = new Option<int>("--from-month") { Description = ToolText.Get("Tax_OptFromMonth"), DefaultValueFactory = _ => 1 };
        var toMonth = new Option<int>("--to-month") { Description = ToolText.Get("Tax_OptToMonth"), DefaultValueFactory = _ => 12 };
        var year = new Option<int>("--year") { Description = ToolText.Get("Tax_OptYear"), DefaultValueFactory = _ => TimeProvider.System.GetUtcNow().Year };
        var firstIncome = new Option<bool>("--first-income") { Description = ToolText.Get("Tax_OptFirstIncome") };
        var lowIncome = new Option<bool>("--low-income") { Description = ToolText.Get("Tax_OptLowIncome") };
        var bonus = new Option<decimal>("--bonus") { Description = ToolText.Get("Tax_OptBonus"), DefaultValueFactory = _ => 0m };
        var bonusMonth = new Option<int>("--bonus-month") { Description = ToolText.Get("Tax_OptBonusMonth"), DefaultValueFactory = _ => 12 };
        var command = new Command("tax", ToolText.Get("Tax_Command"))
        {
            wage, wages, special, additional, fromMonth, toMonth, year, firstIncome, lowIncome, bonus, bonusMonth,
        };
        command.SetAction(parse =>
        {
            var from = parse.GetValue(fromMonth);
            var to = parse.GetValue(toMonth);
            var bonusAt = parse.GetValue(bonusMonth);
            if (from is < 1 or > 12 || to < from || to > 12 || bonusAt < from || bonusAt > 12 || parse.GetValue(wage) < 0 || parse.GetValue(bonus) < 0
                || parse.GetValue(special) < 0 || parse.GetValue(additional) < 0)
            {
                Console.Error.WriteLine(Messages.Get("Cli_BadTaxMonths"));
                return PayrollRunner.BadInput;
            }
            IReadOnlyList<decimal>? perMonth = null;
            if (parse.GetValue(wages) is { } list)
            {
                var parts = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var parsed = parts.Select(x => decimal.TryParse(x, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : (decimal?)null).ToList();
                if (parsed.Any(d => d is null) || parsed.Count == 0 || from + parsed.Count - 1 > 12)
                {
                    Console.Error.WriteLine(Messages.Get("Cli_BadTaxWages"));
                    return PayrollRunner.BadInput;
                }
                perMonth = parsed.Select(d => d!.Value).ToList();
                to = parse.GetResult(toMonth) is { Implicit: false } ? Math.Max(to, from + perMonth.Count - 1) : from + perMonth.Count - 1;
            }
            var request = new TaxWhatIf(parse.GetValue(wage), parse.GetValue(special), parse.GetValue(additional), from, to,
                parse.GetValue(firstIncome), parse.GetValue(lowIncome), parse.GetValue(bonus), bonusAt) { Wages = perMonth };
            return new TaxQuestion(Console.Out, Console.Error).Answer(settings.RulesDirectory, request, parse.GetValue(year));
        });
        return command;
    }
}
