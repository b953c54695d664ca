using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;

namespace PayCalc.Files.Generate;

/// <summary>
/// Writes agents, attendance, metrics and sales files in the data-contract layout, one agent at a time
/// (streamed for CSV), with English or Chinese headers.
/// </summary>
public static class InputSetWriter
{
    internal static readonly string[] AgentColumns = ["agent_id", "name", "team", "hire_date", "probation_end", "termination_date", "base_salary"];
    private static readonly string[] AttendanceColumns = ["agent_id", "date", "shift", "start", "end", "break_minutes", "leave_type", "leave_hours"];
    private static readonly string[] MetricColumns = ["agent_id", "period", "calls_handled", "aht_seconds", "qa_score", "noncritical_errors", "critical_errors", "pa_rating"];
    private static readonly string[] SalesColumns = ["deal_id", "agent_id", "booked_date", "amount", "term_months", "cancelled_date"];
    private static readonly string[] NumericMetrics = ["calls_handled", "aht_seconds", "qa_score", "noncritical_errors", "critical_errors"];

    private static readonly string[] YtdColumns = ["agent_id", "year", "months", "income", "special_deductions", "additional_deductions", "tax_withheld"];

    /// <summary>Writes the input files; with <paramref name="openingBalance"/> also a <c>ytd</c> file of the balances it gives.</summary>
    public static GenerationSummary Write(IEnumerable<AgentRecords> agents, Period period, string outputDirectory, InputFormat format, HeaderLanguage language,
        Func<Agent, YtdBalance?>? openingBalance = null)
    {
        Directory.CreateDirectory(outputDirectory);
        var ext = format == InputFormat.Csv ? ".csv" : ".xlsx";
        var files = new List<string>();
        TableWriter Open(InputKind kind, string[] columns)
        {
            var path = Path.Combine(outputDirectory, kind.Name + ext);
            files.Add(path);
            return OpenTable(path, kind, columns, format, language);
        }

        int agentCount = 0, shiftRows = 0, leaveRows = 0, dealRows = 0;
        var balances = new List<YtdBalance>();
        using (var agentsFile = Open(InputKind.Agents, AgentColumns))
        using (var attendanceFile = Open(InputKind.Attendance, AttendanceColumns))
        using (var metricsFile = Open(InputKind.Metrics, MetricColumns))
        using (var salesFile = Open(InputKind.Sales, SalesColumns))
        {
            var periodText = period.ToString();
            foreach (var r in agents)
            {
                var a = r.Agent;
                WriteAgent(agentsFile, a);
                agentCount++;
                if (openingBalance?.Invoke(a) is { } balance) balances.Add(balance);

                // Attendance in date order, leave rows among the shifts of the same day.
                int s = 0, l = 0;
                while (s < r.Shifts.Count || l < r.Leave.Count)
                {
                    if (l >= r.Leave.Count || (s < r.Shifts.Count && r.Shifts[s].Date <= r.Leave[l].Date))
                    {
                        var shift = r.Shifts[s++];
                        attendanceFile.Text(shift.AgentId);
                        attendanceFile.Date(shift.Date);
                        attendanceFile.Text(shift.Code);
                        attendanceFile.Time(shift.Start);
                        attendanceFile.Time(shift.End);
                        attendanceFile.Number(shift.BreakMinutes);
                        attendanceFile.Text(null);
                        attendanceFile.Number(null);
                        shiftRows++;
                    }
                    else
                    {
                        var leave = r.Leave[l++];
                        attendanceFile.Text(leave.AgentId);
                        attendanceFile.Date(leave.Date);
                        attendanceFile.Text(null);
                        attendanceFile.Time(null);
                        attendanceFile.Time(null);
                        attendanceFile.Number(null);
                        attendanceFile.Text(LeaveText(leave.Type, language));
                        attendanceFile.Number(leave.Hours);
                        leaveRows++;
                    }
                    attendanceFile.EndRow();
                }

                var m = r.Metrics;
                metricsFile.Text(m.AgentId);
                metricsFile.Text(periodText);
                foreach (var name in NumericMetrics)
                    metricsFile.Number(m.Numbers.TryGetValue(name, out var v) ? v : null);
                metricsFile.Text(m.Texts.TryGetValue("pa_rating", out var rating) ? rating : null);
                metricsFile.EndRow();

                foreach (var d in r.Deals)
                {
                    salesFile.Text(d.DealId);
                    salesFile.Text(d.AgentId);
                    salesFile.Date(d.BookedDate);
                    salesFile.Number(d.Amount);
                    salesFile.Number(d.TermMonths);
                    salesFile.Date(d.CancelledDate);
                    salesFile.EndRow();
                    dealRows++;
                }
            }
        }
        if (openingBalance is not null)
        {
            var path = Path.Combine(outputDirectory, InputKind.Ytd.Name + ext);
            WriteYtd(balances, path, format, language);
            files.Add(path);
        }
        return new GenerationSummary(agentCount, shiftRows, leaveRows, dealRows, files);
    }

    /// <summary>A <c>ytd</c> file (income-tax opening balances) in the data-contract layout.</summary>
    public static void WriteYtd(IReadOnlyList<YtdBalance> balances, string path, InputFormat format, HeaderLanguage language)
    {
        using var file = OpenTable(path, InputKind.Ytd, YtdColumns, format, language);
        foreach (var b in balances)
        {
            file.Text(b.AgentId);
            file.Number(b.Year);
            file.Number(b.Months);
            file.Number(b.Income);
            file.Number(b.SpecialDeductions);
            file.Number(b.AdditionalDeductions);
            file.Number(b.TaxWithheld);
            file.EndRow();
        }
    }

    /// <summary>One roster row in the columns of <see cref="AgentColumns"/> (every generator's agents file).</summary>
    internal static void WriteAgent(TableWriter file, Agent a)
    {
        file.Text(a.AgentId);
        file.Text(a.Name);
        file.Text(a.Team);
        file.Date(a.HireDate);
        file.Date(a.ProbationEnd);
        file.Date(a.TerminationDate);
        file.Number(a.BaseSalary);
        file.EndRow();
    }

    internal static TableWriter OpenTable(string path, InputKind kind, string[] columns, InputFormat format, HeaderLanguage language)
    {
        var headers = columns.Select(c => Header(kind, c, language)).ToArray();
        return format == InputFormat.Csv
            ? new CsvTableWriter(path, headers)
            : new XlsxTableWriter(path, language == HeaderLanguage.Chinese ? kind.ChineseName : kind.Name, headers);
    }

    private static string Header(InputKind kind, string column, HeaderLanguage language) =>
        language != HeaderLanguage.Chinese ? column
        : kind.Columns.First(c => c.Name == column).Chinese is { Length: > 0 } chinese ? chinese
        : MetricHeaders[column];

    /// <summary>
    /// The Chinese headers of the shipped plans' metrics and team metrics, as those plans declare them (the import takes
    /// them from the plan; the generator writes the examples without loading one).
    /// </summary>
    private static readonly Dictionary<string, string> MetricHeaders = new(StringComparer.Ordinal)
    {
        ["calls_handled"] = "接听量",
        ["aht_seconds"] = "平均处理时长",
        ["qa_score"] = "质检得分",
        ["noncritical_errors"] = "非关键项",
        ["critical_errors"] = "关键项",
        ["pa_rating"] = "年度考评",
        ["repeat_order_amount"] = "老客户成交额",
        ["conversion_rate"] = "询单转化率",
        ["response_seconds"] = "平均响应时长",
        ["response_rate"] = "回复率",
        ["damage_claim"] = "赔偿金额",
        ["refund_rate"] = "退款率",
        ["avg_refund_hours"] = "平均退款时长",
        ["disputes"] = "纠纷数",
        ["dsr"] = "DSR评分",
        ["internal_complaints"] = "内部投诉",
    };

    private static string LeaveText(LeaveType type, HeaderLanguage language) => (type, language) switch
    {
        (LeaveType.Personal, HeaderLanguage.Chinese) => "事假",
        (LeaveType.Annual, HeaderLanguage.Chinese) => "年假",
        (LeaveType.Sick, HeaderLanguage.Chinese) => "病假",
        (LeaveType.Personal, _) => "personal",
        (LeaveType.Annual, _) => "annual",
        _ => "sick",
    };
}
