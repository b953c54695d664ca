using System.Globalization;

namespace PayCalc.Domain.Payroll;

/// <summary>
/// The difference of one payslip line of a closed month after a correction (<c>paycalc correct</c>): what the line was
/// (as stored, plus adjustments posted for it before) and what it is when recomputed from the corrected inputs. It is
/// paid as an <see cref="Code"/> line on the agent's payslip of <see cref="PaidIn"/>, the next month still open.
/// </summary>
public sealed record Adjustment
{
    /// <summary>The line code of every adjustment line on a payslip.</summary>
    public const string Code = "adjustment";

    public required Period CorrectedPeriod { get; init; }
    public required Period PaidIn { get; init; }
    public required string AgentId { get; init; }
    /// <summary>The corrected line (e.g. <c>overtime_pay</c>).</summary>
    public required string LineCode { get; init; }
    /// <summary>Earning or deduction, as the corrected line.</summary>
    public required LineCategory Category { get; init; }
    public required decimal Before { get; init; }
    public required decimal After { get; init; }

    /// <summary>Signed by its effect on pay, like the corrected line: After - Before (both already rounded lines).</summary>
    public decimal Amount => After - Before;

    /// <summary>e.g. <c>2026-10 overtime_pay: 990.00 -> 1,035.00</c>.</summary>
    public string Explain => $"{CorrectedPeriod} {LineCode}: {Show(Before)} -> {Show(After)}";

    /// <summary>The payslip line of <see cref="PaidIn"/> that pays this difference.</summary>
    public PayslipLine ToLine() => new()
    {
        Code = Code,
        Name = "以前月份调整",
        NameEn = $"Adjustment of {CorrectedPeriod} {LineCode}",
        Category = Category,
        Amount = Amount,
        Formula = "recomputed - paid",
        Explain = Explain,
        Inputs = [new LineInput("corrected_period", CorrectedPeriod.ToString()), new LineInput("line", LineCode),
            new LineInput("paid", Before.ToString("0.00", CultureInfo.InvariantCulture)), new LineInput("recomputed", After.ToString("0.00", CultureInfo.InvariantCulture))],
    };

    private static string Show(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
