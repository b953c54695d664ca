namespace PayCalc.Files.Export;

/// <summary>The words printed on the 工资条 strips, the register's groups and the payslip PDFs, in one place so that
/// the localisation sweep (issue 14, item 1) can move them to a resource file as they are: Chinese first, the
/// English in brackets where HR's workbooks already carry both.</summary>
public static class PrintTexts
{
    public const string Earnings = "应发";
    public const string Deductions = "扣款";
    public const string Net = "实发";
    public const string Employer = "单位";
    public const string Info = "信息";
    public const string Identity = "人员";

    public const string GrossTotal = "应发合计";
    public const string DeductionsTotal = "扣款合计";
    public const string NetAmount = "实发金额";
    public const string NetInCapitals = "实发金额（大写）";
    public const string InCapitals = "大写";
    public const string EmployerCost = "单位成本";

    public const string AgentId = "工号";
    public const string AgentName = "姓名";
    public const string Team = "组别";
    public const string Period = "期间";
    public const string Plan = "方案";

    public const string TeamSubtotal = "小计";
    public const string GrandTotal = "合计 Total";

    /// <summary>The register's page footer in Excel's codes: 第 &amp;P 页 / 共 &amp;N 页 (page P of N).</summary>
    public const string PageFooter = "第 &P 页 / 共 &N 页";

    public const string PayslipTitle = "工资单";
    public const string StripTitle = "工资条";
    public const string Item = "项目";
    public const string Amount = "金额";
    public const string Explanation = "说明";
    public const string PayslipFootnote = "应发合计 = 各应发项目之和；实发金额 = 应发合计 + 扣款合计（扣款为负数）。单位承担的社保公积金不在此单列。";
}
