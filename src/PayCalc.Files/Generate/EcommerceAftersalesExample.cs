using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;

namespace PayCalc.Files.Generate;

/// <summary>
/// Builds <c>examples/ecommerce-aftersales/2026-10</c>: agents, attendance, metrics, team_metrics and ytd as .xlsx with
/// Chinese headers, for plan 2. Every value is written out below (no randomness), so the folder is the same
/// on every machine and each case can be read off the table:
/// <list type="bullet">
/// <item>售后一组 passes the team gate with every target exactly on its limit (refund rate 0.05, 24 h, DSR 4.8);
/// E001 and E002 tie for PK place 1 (conversion 0.52), so E004 is third; E003 has the best conversion but a
/// 31 s response time and E007 a 0.89 response rate, so neither is ranked; E006 is eligible on both limits.</item>
/// <item>售后二组 passes; E010 and E011 tie for place 2, so nobody is third (E012 is 4th).</item>
/// <item>售后三组 fails the gate on one dispute: nobody in the team gets the 500 bonus; PK is still paid.</item>
/// <item>Probation: E005 ends probation on 19 Oct (half the month at 80 %), E008 is hired on 12 Oct on
/// probation, E015 and E023 are on probation all month. Leavers: E013 (15 Oct), E022 (20 Oct).</item>
/// <item>ytd.xlsx: income-tax opening balances (January-September 2026, from the previous payroll system) of every
/// agent hired before October, built like the bank example's (<see cref="BankCardCenterExample.OpeningBalances"/>),
/// so the plan's statutory lines (social insurance, housing fund, cumulative income tax) give net pay.</item>
/// </list>
/// </summary>
public static class EcommerceAftersalesExample
{
    public static readonly Period Period = new(2026, 10);

    private sealed record Row(string Id, string Name, string Team, string Hired, string? ProbationEnd, string? Terminated,
        decimal BaseSalary, decimal RepeatOrderAmount, decimal ConversionRate, decimal ResponseSeconds, decimal ResponseRate);

    private const string Team1 = "售后一组", Team2 = "售后二组", Team3 = "售后三组";

    private static readonly Row[] Agents =
    [
        new("E001", "王芳", Team1, "2024-03-01", null, null, 3800, 86_500, 0.52m, 22, 0.96m),
        new("E002", "李娜", Team1, "2025-06-15", null, null, 3600, 64_200, 0.52m, 25, 0.93m),
        new("E003", "张伟", Team1, "2025-01-10", null, null, 3500, 120_300, 0.61m, 31, 0.97m),
        new("E004", "刘洋", Team1, "2025-09-01", null, null, 3400, 45_800, 0.47m, 28, 0.91m),
        new("E005", "陈静", Team1, "2026-08-20", "2026-10-19", null, 3200, 18_750, 0.44m, 19, 0.95m),
        new("E006", "杨磊", Team1, "2024-11-05", null, null, 3700, 72_000, 0.40m, 30, 0.90m),
        new("E007", "赵敏", Team1, "2023-07-01", null, null, 4200, 98_400, 0.55m, 20, 0.89m),
        new("E008", "黄强", Team1, "2026-10-12", "2027-01-11", null, 3200, 5_200, 0.35m, 27, 0.92m),
        new("E009", "周婷", Team2, "2022-05-16", null, null, 4000, 110_000, 0.58m, 18, 0.98m),
        new("E010", "吴昊", Team2, "2024-02-19", null, null, 3600, 58_300, 0.49m, 24, 0.94m),
        new("E011", "徐丽", Team2, "2024-08-01", null, null, 3500, 61_900, 0.49m, 26, 0.92m),
        new("E012", "孙鹏", Team2, "2025-03-03", null, null, 3500, 40_100, 0.45m, 29, 0.93m),
        new("E013", "马超", Team2, "2024-04-08", null, "2026-10-15", 3400, 22_000, 0.50m, 35, 0.88m),
        new("E014", "朱琳", Team2, "2025-07-21", null, null, 3300, 33_600, 0.42m, 21, 0.95m),
        new("E015", "胡军", Team2, "2026-09-01", "2026-12-31", null, 3200, 12_400, 0.38m, 23, 0.91m),
        new("E016", "郭颖", Team2, "2023-10-09", null, null, 3900, 77_700, 0.51m, 33, 0.96m),
        new("E017", "何静", Team3, "2023-03-13", null, null, 3800, 91_200, 0.56m, 20, 0.97m),
        new("E018", "高翔", Team3, "2024-06-03", null, null, 3600, 54_000, 0.53m, 22, 0.94m),
        new("E019", "林峰", Team3, "2024-12-02", null, null, 3500, 47_500, 0.48m, 25, 0.92m),
        new("E020", "罗敏", Team3, "2025-02-17", null, null, 3400, 39_900, 0.46m, 28, 0.91m),
        new("E021", "梁晨", Team3, "2025-05-06", null, null, 3300, 28_800, 0.43m, 26, 0.90m),
        new("E022", "宋佳", Team3, "2025-04-14", null, "2026-10-20", 3500, 15_000, 0.41m, 24, 0.93m),
        new("E023", "郑凯", Team3, "2026-09-15", "2026-11-14", null, 3200, 9_800, 0.39m, 29, 0.95m),
        new("E024", "谢雨", Team3, "2022-11-28", null, null, 4100, 102_600, 0.57m, 40, 0.82m),
    ];

    /// <summary>Team month: refund rate, average refund hours, disputes, DSR, internal complaints.</summary>
    private static readonly (string Team, decimal RefundRate, decimal RefundHours, decimal Disputes, decimal Dsr, decimal Complaints)[] Teams =
    [
        (Team1, 0.05m, 24m, 0, 4.8m, 0),
        (Team2, 0.032m, 18.5m, 0, 4.86m, 0),
        (Team3, 0.041m, 20m, 1, 4.83m, 0),
    ];

    private static readonly string[] AttendanceColumns = ["agent_id", "date", "shift", "start", "end", "break_minutes"];
    private static readonly string[] MetricColumns = ["agent_id", "period", "repeat_order_amount", "conversion_rate", "response_seconds", "response_rate"];
    private static readonly string[] TeamColumns = ["team", "period", "refund_rate", "avg_refund_hours", "disputes", "dsr", "internal_complaints"];

    /// <summary>
    /// Writes agents.xlsx, attendance.xlsx, metrics.xlsx, team_metrics.xlsx and ytd.xlsx into the folder. Shifts: 早班
    /// 09:00-18:00 or 晚班 13:00-22:00 (alternating by agent), 60 min break, on every employed working day of
    /// <paramref name="calendar"/> (default: October 2026 as in <see cref="BankCardCenterExample.October2026Calendar"/>).
    /// </summary>
    public static GenerationSummary Write(string outputDirectory, WorkCalendar? calendar = null)
    {
        calendar ??= BankCardCenterExample.October2026Calendar();
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        TableWriter Open(InputKind kind, string[] columns)
        {
            var path = Path.Combine(outputDirectory, kind.Name + ".xlsx");
            files.Add(path);
            return InputSetWriter.OpenTable(path, kind, columns, InputFormat.Xlsx, HeaderLanguage.Chinese);
        }

        var shiftRows = 0;
        var period = Period.ToString();
        using (var agents = Open(InputKind.Agents, InputSetWriter.AgentColumns))
        using (var attendance = Open(InputKind.Attendance, AttendanceColumns))
        using (var metrics = Open(InputKind.Metrics, MetricColumns))
        using (var teams = Open(InputKind.TeamMetrics, TeamColumns))
        {
            for (var i = 0; i < Agents.Length; i++)
            {
                var r = Agents[i];
                var agent = ToAgent(r);
                InputSetWriter.WriteAgent(agents, agent);

                var late = i % 2 == 1;
                foreach (var day in Period.Days().Where(d => calendar.IsWorkingDay(d) && agent.IsEmployedOn(d)))
                {
                    attendance.Text(r.Id);
                    attendance.Date(day);
                    attendance.Text(late ? "晚班" : "早班");
                    attendance.Time(late ? new TimeOnly(13, 0) : new TimeOnly(9, 0));
                    attendance.Time(late ? new TimeOnly(22, 0) : new TimeOnly(18, 0));
                    attendance.Number(60);
                    attendance.EndRow();
                    shiftRows++;
                }

                metrics.Text(r.Id);
                metrics.Text(period);
                metrics.Number(r.RepeatOrderAmount);
                metrics.Number(r.ConversionRate);
                metrics.Number(r.ResponseSeconds);
                metrics.Number(r.ResponseRate);
                metrics.EndRow();
            }
            foreach (var t in Teams)
            {
                teams.Text(t.Team);
                teams.Text(period);
                teams.Number(t.RefundRate);
                teams.Number(t.RefundHours);
                teams.Number(t.Disputes);
                teams.Number(t.Dsr);
                teams.Number(t.Complaints);
                teams.EndRow();
            }
        }
        var ytd = Path.Combine(outputDirectory, InputKind.Ytd.Name + ".xlsx");
        BankCardCenterExample.WriteYtd(ytd, BankCardCenterExample.OpeningBalances(Agents.Select(ToAgent)));
        files.Add(ytd);
        return new GenerationSummary(Agents.Length, shiftRows, 0, 0, files);
    }

    private static Agent ToAgent(Row r) => new()
    {
        AgentId = r.Id,
        Name = r.Name,
        Team = r.Team,
        HireDate = DateOnly.Parse(r.Hired, System.Globalization.CultureInfo.InvariantCulture),
        ProbationEnd = r.ProbationEnd is null ? null : DateOnly.Parse(r.ProbationEnd, System.Globalization.CultureInfo.InvariantCulture),
        TerminationDate = r.Terminated is null ? null : DateOnly.Parse(r.Terminated, System.Globalization.CultureInfo.InvariantCulture),
        BaseSalary = r.BaseSalary,
    };
}
