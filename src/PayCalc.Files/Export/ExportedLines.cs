using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Files.Export;

/// <summary>Rules shared by every export so the JSON, the workbook and the CSV show the same lines and amounts.</summary>
internal static class ExportedLines
{
    /// <summary>Zero earnings, deductions and employer lines are noise on a payslip; info lines (hours, scores)
    /// are shown even when zero because a zero there is itself information.</summary>
    public static bool IsShown(PayslipLine line) => line.Category == LineCategory.Info || line.Amount != 0m;

    public static bool IsShown(in LineView line) => line.Category == LineCategory.Info || line.Amount != 0m;

    /// <summary>Rounded to the fen and always carrying exactly two decimals (5220 is written 5220.00), so the
    /// output does not depend on the scale the calculation happened to produce.</summary>
    public static decimal Amount(decimal amount) => Money.Round(amount) + 0.00m;

    public static string CategoryName(LineCategory category) => category switch
    {
        LineCategory.Earning => "earning",
        LineCategory.Deduction => "deduction",
        LineCategory.Info => "info",
        LineCategory.Employer => "employer",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown line category."),
    };

    /// <summary>Payslips in agent-id order (ordinal), whatever order the result holds them in.</summary>
    /// <summary>The rows behind a payslip's line on one line (<see cref="TraceText.Rows"/>), or empty.</summary>
    public static string RowsText(Payslip payslip, string code)
    {
        foreach (var r in payslip.Rows)
            if (r.Code == code) return TraceText.Rows(r.Rows);
        return "";
    }

    /// <summary>What an aggregate line's rows column lists: <c>shifts: date, s.HoursInWindow(22, 6) -> value (source)</c>.</summary>
    public static string RowsHeading(RowShape shape) =>
        ExportText.Format("Workbook_RowsHeading", shape.Collection, string.Concat(shape.Fields.Select(f => ", " + f)));

    public static IReadOnlyList<Payslip> Sorted(IReadOnlyList<Payslip> payslips)
    {
        for (var i = 1; i < payslips.Count; i++)
        {
            if (string.CompareOrdinal(payslips[i - 1].AgentId, payslips[i].AgentId) > 0)
                return payslips.OrderBy(p => p.AgentId, StringComparer.Ordinal).ToList();
        }
        return payslips;
    }
}
