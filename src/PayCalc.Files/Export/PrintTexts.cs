namespace PayCalc.Files.Export;

/// <summary>The words printed on the 工资条 strips, the register and the payslip PDFs, from <c>Resources/ExportText.resx</c>
/// (Chinese) or <c>ExportText.en.resx</c> (English) by <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</summary>
public static class PrintTexts
{
    public static string Earnings => ExportText.Get("Print_Earnings");
    public static string Deductions => ExportText.Get("Print_Deductions");
    public static string Net => ExportText.Get("Print_Net");
    public static string Employer => ExportText.Get("Print_Employer");
    public static string Info => ExportText.Get("Print_Info");
    public static string Identity => ExportText.Get("Print_Identity");

    public static string GrossTotal => ExportText.Get("Print_GrossTotal");
    public static string DeductionsTotal => ExportText.Get("Print_DeductionsTotal");
    public static string NetAmount => ExportText.Get("Print_NetAmount");
    public static string NetInCapitals => ExportText.Get("Print_NetInCapitals");
    public static string InCapitals => ExportText.Get("Print_InCapitals");
    public static string EmployerCost => ExportText.Get("Print_EmployerCost");

    public static string AgentId => ExportText.Get("Print_AgentId");
    public static string AgentName => ExportText.Get("Print_AgentName");
    public static string Team => ExportText.Get("Print_Team");
    public static string Period => ExportText.Get("Print_Period");
    public static string Plan => ExportText.Get("Print_Plan");

    public static string TeamSubtotal => ExportText.Get("Print_TeamSubtotal");
    public static string GrandTotal => ExportText.Get("Print_GrandTotal");

    /// <summary>The register's page footer in Excel's codes: 第 &amp;P 页 / 共 &amp;N 页 (page P of N).</summary>
    public static string PageFooter => ExportText.Get("Print_PageFooter");

    public static string PayslipTitle => ExportText.Get("Print_PayslipTitle");
    /// <summary>The title of a payslip's second and later pages.</summary>
    public static string PayslipTitleContinued => ExportText.Format("Print_PayslipTitleContinued", PayslipTitle);
    public static string StripTitle => ExportText.Get("Print_StripTitle");
    public static string Item => ExportText.Get("Print_Item");
    public static string Amount => ExportText.Get("Print_Amount");
    public static string Explanation => ExportText.Get("Print_Explanation");
    public static string PayslipFootnote => ExportText.Get("Print_PayslipFootnote");
}
