namespace PayCalc.Domain.Payroll;

/// <summary>One team's payslips of a month summed (CNY, each payslip's amounts rounded to the fen first):
/// <see cref="Deductions"/> is net minus gross (negative), <see cref="EmployerCost"/> what the team costs the employer
/// (单位成本: gross plus the employer lines), as the register's columns.</summary>
public sealed record TeamTotal(string Team, int Agents, decimal Gross, decimal Deductions, decimal Net, decimal EmployerCost);
