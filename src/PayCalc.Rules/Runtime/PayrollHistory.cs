using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// Earlier months as the engine sees them: the stored amounts of the lines a plan's <c>history</c> reads and
/// which months each agent had a payslip. The runner fills it from the database; the engine never reads storage.
/// </summary>
public sealed class PayrollHistory
{
    public static readonly PayrollHistory Empty = new([], []);

    private readonly ILookup<string, HistoryLine> _lines;
    private readonly ILookup<string, Period> _payslipMonths;
    private readonly IReadOnlyList<HistoryLine> _allLines;
    private readonly IReadOnlyList<(Period Period, string AgentId)> _allPayslips;

    /// <param name="lines">Line amounts of earlier months (any codes; the plan picks what it reads).</param>
    /// <param name="payslips">Every (month, agent) that had a stored payslip.</param>
    /// <param name="pay">The gross and net of those payslips, when read (checks compare them; formulas do not).</param>
    public PayrollHistory(IEnumerable<HistoryLine> lines, IEnumerable<(Period Period, string AgentId)> payslips, IEnumerable<EarlierPay>? pay = null)
    {
        _allLines = lines.ToList();
        _allPayslips = payslips.Distinct().ToList();
        Pay = pay?.ToList() ?? [];
        _lines = _allLines.ToLookup(l => l.AgentId, StringComparer.Ordinal);
        _payslipMonths = _allPayslips.ToLookup(p => p.AgentId, p => p.Period, StringComparer.Ordinal);
        Months = _payslipMonths.SelectMany(g => g).Distinct().Order().ToList();
    }

    /// <summary>Gross and net of the earlier payslips that were read (empty when none were).</summary>
    public IReadOnlyList<EarlierPay> Pay { get; }

    /// <summary>Every earlier month with a stored payslip, in order.</summary>
    public IReadOnlyList<Period> Months { get; }

    /// <summary>
    /// This history with <paramref name="month"/> added as if it had been stored: every payslip and all its lines. How
    /// a chain of months computed in memory (a tax what-if, a simulation, tests) reads its earlier months, the same way
    /// a run reads stored ones.
    /// </summary>
    public PayrollHistory Including(PayrollResult month) => Including(month, null);

    /// <summary>
    /// As <see cref="Including(PayrollResult)"/>, keeping only the lines whose code is in <paramref name="codes"/> (every
    /// line when null): the lines a plan's history reads, for a chain of 100,000-agent months held in memory.
    /// </summary>
    public PayrollHistory Including(PayrollResult month, IReadOnlySet<string>? codes)
    {
        ArgumentNullException.ThrowIfNull(month);
        var lines = month.Payslips.SelectMany(p => p.Lines.Where(l => codes is null || codes.Contains(l.Code))
            .Select(l => new HistoryLine(month.Period, p.AgentId, l.Code, l.Amount)));
        return new PayrollHistory(_allLines.Concat(lines), _allPayslips.Concat(month.Payslips.Select(p => (month.Period, p.AgentId))),
            Pay.Concat(month.Payslips.Select(p => new EarlierPay(month.Period, p.AgentId, p.Gross, p.Net))));
    }

    /// <summary>
    /// This history with the months of <paramref name="later"/> added (e.g. the stored months before a simulated range
    /// and the months of the range simulated in memory, each built with <see cref="Including(PayrollResult)"/>).
    /// </summary>
    public PayrollHistory Including(PayrollHistory later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return later._allPayslips.Count == 0 && later._allLines.Count == 0 ? this
            : new PayrollHistory(_allLines.Concat(later._allLines), _allPayslips.Concat(later._allPayslips), Pay.Concat(later.Pay));
    }

    /// <summary>
    /// This history for <paramref name="agentIds"/> only: their lines, payslip months and pay, as the engine reads them
    /// for those agents (a team stored with a preview and recomputed alone).
    /// </summary>
    public PayrollHistory ForAgents(IReadOnlyCollection<string> agentIds)
    {
        ArgumentNullException.ThrowIfNull(agentIds);
        var pay = _payByAgent ??= Pay.ToLookup(p => p.AgentId, StringComparer.Ordinal);
        return new PayrollHistory(agentIds.SelectMany(a => _lines[a]), agentIds.SelectMany(a => _payslipMonths[a].Select(p => (p, a))),
            agentIds.SelectMany(a => pay[a]));
    }

    private ILookup<string, EarlierPay>? _payByAgent;

    /// <summary>Every earlier line amount this history holds.</summary>
    public IReadOnlyList<HistoryLine> Lines => _allLines;

    /// <summary>Every (month, agent) this history holds a payslip for.</summary>
    public IReadOnlyList<(Period Period, string AgentId)> Payslips => _allPayslips;

    /// <summary>The value of <paramref name="h"/> for an agent in <paramref name="period"/>, opening balance included.</summary>
    public decimal ValueOf(HistoryDefinition h, string agentId, Period period, YtdBalance? opening)
    {
        var from = WindowStart(h.Window, period);
        bool InWindow(Period p) => p.CompareTo(from) >= 0 && p.CompareTo(period) < 0;
        decimal value;
        if (h.CountsMonths)
            value = _payslipMonths[agentId].Where(InWindow).Distinct().Count();
        else
        {
            var sum = _lines[agentId].Where(l => InWindow(l.Period) && h.Lines.Contains(l.Code)).Sum(l => l.Amount);
            value = h.Negate ? -sum : sum;
        }
        if (h.Opening is { } field && opening is not null && opening.Year == period.Year)
            value += field switch
            {
                OpeningField.Months => opening.Months,
                OpeningField.Income => opening.Income,
                OpeningField.SpecialDeductions => opening.SpecialDeductions,
                OpeningField.AdditionalDeductions => opening.AdditionalDeductions,
                _ => opening.TaxWithheld,
            };
        return value;
    }

    /// <summary>The stored amounts of <paramref name="h"/>'s lines per earlier month in its window (history with <c>by_month</c>).</summary>
    public MonthlyHistory MonthlyOf(HistoryDefinition h, string agentId, Period period)
    {
        var from = WindowStart(h.Window, period);
        var sums = _lines[agentId]
            .Where(l => l.Period.CompareTo(from) >= 0 && l.Period.CompareTo(period) < 0 && h.Lines.Contains(l.Code))
            .GroupBy(l => l.Period)
            .ToDictionary(g => g.Key, g => h.Negate ? -g.Sum(l => l.Amount) : g.Sum(l => l.Amount));
        return new MonthlyHistory(h.Name, period, sums);
    }

    /// <summary>First month of a history window for <paramref name="period"/>: January (year), the quarter's first month, or any.</summary>
    public static Period WindowStart(HistoryWindow window, Period period) => window switch
    {
        HistoryWindow.Year => new Period(period.Year, 1),
        HistoryWindow.Quarter => new Period(period.Year, (period.Month - 1) / 3 * 3 + 1),
        _ => new Period(1900, 1),
    };
}
