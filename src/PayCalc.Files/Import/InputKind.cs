namespace PayCalc.Files.Import;

/// <summary>One kind of input file (agents, attendance, ...), its accepted file names and its columns.</summary>
internal sealed record InputKind(string Name, string ChineseName, bool Required, IReadOnlyList<ColumnDef> Columns)
{
    public static readonly InputKind Agents = new("agents", "花名册", true,
    [
        new("agent_id", "工号", true),
        new("name", "姓名", true),
        new("team", "组别", true),
        new("hire_date", "入职日期", true),
        new("probation_end", "试用期截止"),
        new("termination_date", "离职日期"),
        new("base_salary", "基本工资", true),
        new("city", "城市"),
        new("contribution_base", "社保基数"),
        new("housing_fund_rate", "公积金比例"),
        new("special_additional_deduction", "专项附加扣除"),
        new("first_income_of_year", "年度首次取得工资"),
        new("prior_year_low_income", "上年收入不超6万"),
        new("contract_term_months", "合同期限月数"),
    ]);

    public static readonly InputKind Attendance = new("attendance", "考勤", true,
    [
        new("agent_id", "工号", true),
        new("date", "日期", true),
        new("shift", "班次"),
        new("start", "上班时间"),
        new("end", "下班时间"),
        new("break_minutes", "休息分钟"),
        new("leave_type", "假别"),
        new("leave_hours", "请假小时"),
    ]);

    /// <summary>
    /// Metrics: agent_id and period, then any metric. The metrics PayCalc knows (their <see cref="MetricRange"/>) are
    /// columns here by name; the Chinese header of a plan's metric, text metrics included, comes from the plan
    /// (<see cref="ImportOptions.MetricHeaders"/>).
    /// </summary>
    public static readonly InputKind Metrics = new("metrics", "指标", true,
    [
        new("agent_id", "工号", true),
        new("period", "月份", true),
        new("calls_handled", ""),
        new("aht_seconds", ""),
        new("qa_score", ""),
        new("noncritical_errors", ""),
        new("critical_errors", ""),
        new("pa_rating", ""),
        new("repeat_order_amount", ""),
        new("conversion_rate", ""),
        new("response_seconds", ""),
        new("response_rate", ""),
        new("damage_claim", ""),
    ]);

    public static readonly InputKind Sales = new("sales", "分期", false,
    [
        new("deal_id", "订单号", true),
        new("agent_id", "工号", true),
        new("booked_date", "办理日期", true),
        new("amount", "分期金额", true),
        new("term_months", "期数", true),
        new("cancelled_date", "撤销日期"),
    ]);

    /// <summary>Team metrics: team and period, then any metric; Chinese headers come from the plan (<see cref="ImportOptions.TeamMetricHeaders"/>).</summary>
    public static readonly InputKind TeamMetrics = new("team_metrics", "团队指标", false,
    [
        new("team", "组别", true),
        new("period", "月份", true),
        new("refund_rate", ""),
        new("avg_refund_hours", ""),
        new("disputes", ""),
        new("dsr", ""),
        new("internal_complaints", ""),
    ]);

    /// <summary>Income-tax opening balances for a year that started before PayCalc (data contract <c>ytd</c>).</summary>
    public static readonly InputKind Ytd = new("ytd", "累计预扣", false,
    [
        new("agent_id", "工号", true),
        new("year", "年度", true),
        new("months", "累计月份", true),
        new("income", "累计收入", true),
        new("special_deductions", "累计专项扣除", true),
        new("additional_deductions", "累计专项附加扣除", true),
        new("tax_withheld", "累计已预扣税额", true),
    ]);

    /// <summary>All kinds, in the order they are imported and reported (the roster first: the others refer to it).</summary>
    public static readonly IReadOnlyList<InputKind> All = [Agents, Attendance, Metrics, Sales, TeamMetrics, Ytd];

    /// <summary>
    /// The columns with the plan's headers (<see cref="ImportOptions.MetricHeaders"/>, <see cref="ImportOptions.TeamMetricHeaders"/>)
    /// as their Chinese alias; a metric the plan names but PayCalc does not know becomes a column too, so its header is matched.
    /// </summary>
    public IReadOnlyList<ColumnDef> ColumnsWith(ImportOptions options)
    {
        var headers = this == Metrics ? options.MetricHeaders : this == TeamMetrics ? options.TeamMetricHeaders : null;
        if (headers is null || headers.Count == 0) return Columns;
        var columns = Columns.Select(c => headers.TryGetValue(c.Name, out var h) && !c.Required ? c with { Chinese = h } : c).ToList();
        columns.AddRange(headers.Where(h => Columns.All(c => c.Name != h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => new ColumnDef(h.Key, h.Value)));
        return columns;
    }

    public bool Matches(string fileNameWithoutExtension) =>
        string.Equals(fileNameWithoutExtension, Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(fileNameWithoutExtension, ChineseName, StringComparison.Ordinal);
}
