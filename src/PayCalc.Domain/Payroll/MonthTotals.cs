namespace PayCalc.Domain.Payroll;

/// <summary>A month's payslips summed per pay line (earning, deduction and employer lines; info lines such as hours and
/// scores are not sums) and per team: what the workbook's summary sheet shows for the month and for the month stored
/// before it. Build one with <see cref="MonthTotalsBuilder"/>.</summary>
/// <param name="Period">The month.</param>
/// <param name="Payslips">How many payslips were summed.</param>
/// <param name="Lines">Plan order, then lines outside the plan (e.g. adjustments) in the order first met.</param>
/// <param name="Teams">Ordinal order of the team name.</param>
public sealed record MonthTotals(Period Period, int Payslips, IReadOnlyList<LineTotal> Lines, IReadOnlyList<TeamTotal> Teams)
{
    public decimal Gross => Teams.Sum(t => t.Gross);

    public decimal Deductions => Teams.Sum(t => t.Deductions);

    public decimal Net => Teams.Sum(t => t.Net);

    public decimal EmployerCost => Teams.Sum(t => t.EmployerCost);

    /// <summary>The total of line <paramref name="code"/>, or null when no payslip of the month has it.</summary>
    public decimal? Line(string code) => Lines.FirstOrDefault(l => l.Code == code)?.Amount;

    /// <summary>The totals of <paramref name="team"/>, or null when the month has no payslip of it.</summary>
    public TeamTotal? Team(string team) => Teams.FirstOrDefault(t => t.Team == team);
}
