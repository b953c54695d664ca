using PayCalc.Domain;

namespace PayCalc.Rules.Evaluation;

/// <summary>One stored payslip of an earlier month, as checks see it (<c>earlier</c>): its totals in yuan.</summary>
public sealed class EarlierMonthFact(string agentId, Period month, Period judged, decimal gross, decimal net)
{
    public string AgentId { get; } = agentId;
    /// <summary>Whole months before the judged month (1 = the month before).</summary>
    public decimal MonthsAgo { get; } = (judged.Year - month.Year) * 12 + judged.Month - month.Month;
    public decimal Gross { get; } = gross;
    public decimal Net { get; } = net;
}
