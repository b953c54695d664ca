using PayCalc.Domain;

namespace PayCalc.Files.Pdf;

/// <summary>What a payslip PDF says above the lines: whose plan paid the month, and which month.</summary>
/// <param name="Company">The employer's name, or empty when PayCalc is not told it (the plan then heads the page).</param>
/// <param name="PlanCode">The plan the month was paid with, e.g. <c>bank-card-center</c>.</param>
/// <param name="PlanVersion">The plan's version, e.g. <c>2026.1</c>.</param>
/// <param name="Period">The month paid.</param>
public sealed record PayslipPdfHeader(string Company, string PlanCode, string PlanVersion, Period Period);
