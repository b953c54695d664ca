namespace PayCalc.Domain.Payroll;

/// <summary>How a payslip line counts: earnings make gross, deductions take gross to net, info is shown only,
/// employer lines are the employer's cost (not part of net).</summary>
public enum LineCategory
{
    Earning,
    Deduction,
    Info,
    Employer,
}
