using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Application;

/// <summary>
/// One stored payslip as a person reads it: the lines grouped 应发 earnings / 扣款 deductions / 实发 net (employer cost and
/// info lines left out: they are not the agent's pay), each with its plain explanation and the rows behind it (the shifts
/// of a night allowance, the deals of a commission), all from the stored structured trace.
/// </summary>
public sealed record PayslipPage
{
    public required Period Period { get; init; }
    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }
    public required string Plan { get; init; }
    public required decimal Gross { get; init; }
    /// <summary>The deduction lines added up (negative).</summary>
    public required decimal Deductions { get; init; }
    public required decimal Net { get; init; }
    public required IReadOnlyList<PayslipPageLine> Earnings { get; init; }
    public required IReadOnlyList<PayslipPageLine> DeductionLines { get; init; }

    /// <summary>The page of a payslip from its lines and structured trace (stored, or computed in memory for an estimate).</summary>
    public static PayslipPage From(Period period, string agentId, string name, string team, string plan, decimal gross, decimal net,
        IEnumerable<PayslipLine> lines, PayslipTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        PayslipPageLine Line(PayslipLine l)
        {
            var node = trace.Find(l.Code);
            var text = new StringWriter(CultureInfo.InvariantCulture);
            if (node is not null) TraceText.WriteNode(text, node);
            var rows = node?.Rows.Select(r => TraceText.Row(node.Shape, r)).ToList() ?? [];
            return new PayslipPageLine(l.Code, l.Name, l.NameEn, l.Amount, text.ToString().TrimEnd(), rows);
        }
        // A line of 0 is not shown: most of a plan's lines are 0 for most agents (no night shift, no deal).
        var shown = lines.Where(l => l.Amount != 0m).ToList();
        return new PayslipPage
        {
            Period = period,
            AgentId = agentId,
            Name = name,
            Team = team,
            Plan = plan,
            Gross = gross,
            Deductions = shown.Where(l => l.Category == LineCategory.Deduction).Sum(l => l.Amount),
            Net = net,
            Earnings = shown.Where(l => l.Category == LineCategory.Earning).Select(Line).ToList(),
            DeductionLines = shown.Where(l => l.Category == LineCategory.Deduction).Select(Line).ToList(),
        };
    }
}

/// <summary>A line of a <see cref="PayslipPage"/>: its names, amount, the explanation <c>explain</c> prints (rule,
/// values, each input with its source) and the rows behind an aggregate line, one text each.</summary>
public sealed record PayslipPageLine(string Code, string Name, string NameEn, decimal Amount, string Explanation, IReadOnlyList<string> Rows);
