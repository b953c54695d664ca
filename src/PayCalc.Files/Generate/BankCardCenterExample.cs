using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Generate;

/// <summary>
/// Builds <c>examples/bank-card-center/2026-10</c>, <c>2026-11</c> and <c>2026-12</c>: .xlsx files with Chinese
/// headers, the reference plan's worked-example agent A001 (张三) written by hand, then 44 generated agents
/// (seed 20261001). November and December keep October's roster (leavers drop out) with new shifts, metrics
/// and deals; every month carries <c>ytd.xlsx</c>, the income-tax opening balances (January-September, paid by
/// the previous system) of the agents hired before October.
/// </summary>
public static class BankCardCenterExample
{
    public static readonly Period Period = new(2026, 10);

    public const int Seed = 20261001;

    public const int GeneratedAgents = 44;

    /// <summary>The months of the example, each in a folder named yyyy-MM.</summary>
    public static readonly IReadOnlyList<Period> Periods = [new(2026, 10), new(2026, 11), new(2026, 12)];

    /// <summary>The folder (under the example root) of October with the correction: A001 worked until 19:00 on 30 Oct.</summary>
    public const string CorrectedOctoberFolder = "2026-10-corrected";

    /// <summary>Writes every month of the example into <paramref name="root"/>/yyyy-MM, and the corrected October.</summary>
    public static void WriteAll(string root)
    {
        foreach (var period in Periods) WriteMonth(Path.Combine(root, period.ToString()), period);
        WriteCorrectedOctober(Path.Combine(root, CorrectedOctoberFolder));
    }

    /// <summary>October as first written, except that A001's shift of Friday 30 Oct ended at 19:00, not 18:00 (one more overtime hour).</summary>
    public static GenerationSummary WriteCorrectedOctober(string outputDirectory)
    {
        var calendar = October2026Calendar();
        var agents = OctoberAgents(calendar).ToList();
        var a001 = agents[0];
        agents[0] = a001 with
        {
            Shifts = a001.Shifts.Select(x => x.Date == new DateOnly(2026, 10, 30) ? x with { End = new(19, 0) } : x).ToList(),
        };
        var summary = InputSetWriter.Write(agents, Period, outputDirectory, InputFormat.Xlsx, HeaderLanguage.Chinese);
        WriteYtd(Path.Combine(outputDirectory, "ytd.xlsx"), OpeningBalances(agents.Select(r => r.Agent)));
        return summary;
    }

    /// <summary>One month of the example (October is <see cref="Write"/>), plus its ytd.xlsx.</summary>
    public static GenerationSummary WriteMonth(string outputDirectory, Period period)
    {
        var calendar = October2026Calendar();
        var october = OctoberAgents(calendar).ToList();
        GenerationSummary summary;
        if (period == Period) summary = Write(outputDirectory);
        else
        {
            var generated = october.Skip(1).Select(r => r.Agent).ToList();
            var index = generated.Select((a, i) => (a.AgentId, i)).ToDictionary(x => x.AgentId, x => x.i, StringComparer.Ordinal);
            var options = Options(outputDirectory, calendar) with { Period = period, Seed = Seed + (period.Year * 12 + period.Month) - (Period.Year * 12 + Period.Month) };
            var month = new SyntheticInputGenerator().CreateMonth(generated, a => index[a.AgentId], options)
                .Prepend(WorkedExampleAgentMonth(calendar, period));
            summary = InputSetWriter.Write(month, period, outputDirectory, InputFormat.Xlsx, HeaderLanguage.Chinese);
        }
        WriteYtd(Path.Combine(outputDirectory, "ytd.xlsx"), OpeningBalances(october.Select(r => r.Agent)));
        return summary;
    }

    /// <summary>Opening balances for 2026 (January-September, see <see cref="IllustrativeOpeningBalance"/>) of every
    /// agent hired before October; these incomes stay in the 3 % bracket.</summary>
    public static IReadOnlyList<YtdBalance> OpeningBalances(IEnumerable<Agent> agents) =>
        agents.Select(a => IllustrativeOpeningBalance.For(a, Period)).OfType<YtdBalance>().ToList();

    /// <summary>Writes <c>ytd.xlsx</c> (Chinese headers) with the given opening balances.</summary>
    internal static void WriteYtd(string path, IReadOnlyList<YtdBalance> balances) =>
        InputSetWriter.WriteYtd(balances, path, InputFormat.Xlsx, HeaderLanguage.Chinese);

    private static GeneratorOptions Options(string outputDirectory, WorkCalendar calendar) => new()
    {
        AgentCount = GeneratedAgents,
        Period = Period,
        OutputDirectory = outputDirectory,
        IsWorkingDay = calendar.IsWorkingDay,
        Format = InputFormat.Xlsx,
        Headers = HeaderLanguage.Chinese,
        Seed = Seed,
        FirstAgentNumber = 2,
    };

    private static IEnumerable<AgentRecords> OctoberAgents(WorkCalendar calendar) =>
        new SyntheticInputGenerator().CreateAgents(Options("", calendar)).Prepend(WorkedExampleAgent(calendar));

    /// <summary>A001 in a later month: 09:00-18:00 (60 min break) on every working day, the October metrics, one 12-month
    /// deal; November repeats October's 12-month deal (booked 15 Oct) cancelled on 20 Nov (36 days), December October's
    /// 24-month deal (booked 22 Oct) cancelled on 18 Dec (57 days).</summary>
    private static AgentRecords WorkedExampleAgentMonth(WorkCalendar calendar, Period period)
    {
        var october = WorkedExampleAgent(calendar);
        var shifts = period.Days().Where(calendar.IsWorkingDay)
            .Select(d => new Shift { AgentId = "A001", Date = d, Code = "早班", Start = new(9, 0), End = new(18, 0), BreakMinutes = 60 }).ToList();
        var metrics = october.Metrics with { Period = period };
        var deal = new Deal { DealId = $"D{period.Year:D4}{period.Month:D2}-A001-1", AgentId = "A001", BookedDate = new(period.Year, period.Month, 10), Amount = 30_000m, TermMonths = 12 };
        var cancelledDay = period.Month switch { 11 => 20, 12 => 18, _ => 0 };
        var cancelled = october.Deals.Where(d => period.Month == 11 ? d.TermMonths == 12 : period.Month == 12 && d.TermMonths == 24)
            .Select(d => d with { CancelledDate = new DateOnly(period.Year, period.Month, cancelledDay) });
        return new AgentRecords(october.Agent, shifts, [], metrics, [deal, .. cancelled]);
    }

    /// <summary>
    /// October 2026 in China: 1-3 Oct National Day (statutory), 4-7 Oct days off, Saturday 10 Oct an
    /// adjusted working day; 18 working days.
    /// </summary>
    public static WorkCalendar October2026Calendar()
    {
        var exceptions = new Dictionary<DateOnly, DayType>
        {
            [new(2026, 10, 1)] = DayType.StatutoryHoliday,
            [new(2026, 10, 2)] = DayType.StatutoryHoliday,
            [new(2026, 10, 3)] = DayType.StatutoryHoliday,
            [new(2026, 10, 4)] = DayType.RestDay,
            [new(2026, 10, 5)] = DayType.RestDay,
            [new(2026, 10, 6)] = DayType.RestDay,
            [new(2026, 10, 7)] = DayType.RestDay,
            [new(2026, 10, 10)] = DayType.WorkingDay,
        };
        return new WorkCalendar("cn-2026-10-example", exceptions, [2026]);
    }

    /// <summary>Writes October's agents.xlsx, attendance.xlsx, metrics.xlsx and sales.xlsx into the folder.</summary>
    public static GenerationSummary Write(string outputDirectory)
    {
        var calendar = October2026Calendar();
        return InputSetWriter.Write(OctoberAgents(calendar), Period, outputDirectory, InputFormat.Xlsx, HeaderLanguage.Chinese);
    }

    /// <summary>
    /// The reference plan's worked example: B = 5,220, hired 2025-03-01, no probation; 09:00-18:00 (60 min
    /// break) on the 18 working days, 20:00-08:00 (60 min) on Sat 17 and Sun 18, 09:00-17:00 on Fri 2 Oct.
    /// </summary>
    public static AgentRecords WorkedExampleAgent(WorkCalendar calendar)
    {
        const string id = "A001";
        var shifts = new List<Shift>();
        foreach (var day in Period.Days())
        {
            if (calendar.IsWorkingDay(day))
                shifts.Add(new Shift { AgentId = id, Date = day, Code = "早班", Start = new(9, 0), End = new(18, 0), BreakMinutes = 60 });
            else if (day.Day is 17 or 18)
                shifts.Add(new Shift { AgentId = id, Date = day, Code = "大夜班", Start = new(20, 0), End = new(8, 0), BreakMinutes = 60 });
            else if (day.Day == 2)
                shifts.Add(new Shift { AgentId = id, Date = day, Code = "节日班", Start = new(9, 0), End = new(17, 0), BreakMinutes = 0 });
        }
        var agent = new Agent
        {
            AgentId = id, Name = "张三", Team = "T1", HireDate = new(2025, 3, 1), BaseSalary = 5220m,
        };
        var metrics = new AgentMetrics
        {
            AgentId = id,
            Period = Period,
            Numbers = new Dictionary<string, decimal>
            {
                ["calls_handled"] = 2600, ["aht_seconds"] = 200, ["qa_score"] = 92, ["noncritical_errors"] = 1, ["critical_errors"] = 0,
            },
            Texts = new Dictionary<string, string> { ["pa_rating"] = "B" },
        };
        Deal Deal(string dealId, int day, decimal amount, int term) =>
            new() { DealId = dealId, AgentId = id, BookedDate = new(2026, 10, day), Amount = amount, TermMonths = term };
        var deals = new List<Deal> { Deal("D202610-A001-1", 9, 50_000m, 6), Deal("D202610-A001-2", 15, 30_000m, 12), Deal("D202610-A001-3", 22, 20_000m, 24) };
        return new AgentRecords(agent, shifts, [], metrics, deals);
    }
}
