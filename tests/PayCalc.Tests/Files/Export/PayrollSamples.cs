using PayCalc.Domain;
using PayCalc.Domain.Payroll;

namespace PayCalc.Tests.Files.Export;

/// <summary>Small hand-made payroll results for the export tests.</summary>
internal static class PayrollSamples
{
    public static readonly LineDefinition BasePay = new("base_pay", "基本工资", "Base pay", LineCategory.Earning);
    public static readonly LineDefinition Overtime = new("overtime_pay", "加班费", "Overtime pay", LineCategory.Earning);
    public static readonly LineDefinition WorkedHours = new("worked_hours", "出勤小时", "Worked hours", LineCategory.Info);
    public static readonly LineDefinition Pension = new("pension", "养老保险", "Pension", LineCategory.Deduction);
    public static readonly LineDefinition EmployerPension = new("employer_pension", "单位养老", "Employer pension", LineCategory.Employer);

    public static readonly IReadOnlyList<LineDefinition> Definitions = [BasePay, Overtime, WorkedHours, Pension, EmployerPension];

    public static PayslipLine Line(LineDefinition definition, decimal amount, string explain = "", params LineInput[] inputs) => new()
    {
        Code = definition.Code,
        Name = definition.Name,
        NameEn = definition.NameEn,
        Category = definition.Category,
        Amount = amount,
        Formula = definition.Code + "_formula",
        Explain = explain,
        Inputs = inputs,
    };

    public static Payslip Payslip(string agentId, string name, string team, params PayslipLine[] lines) => new()
    {
        AgentId = agentId,
        Name = name,
        Team = team,
        Lines = lines,
    };

    /// <summary>Two agents given out of order; A002 has no overtime (a zero line) and zero hours.</summary>
    public static PayrollResult TwoAgents(IReadOnlyList<PayrollFlag>? flags = null) => new()
    {
        Period = new Period(2026, 10),
        PlanCode = "bank-card-center",
        PlanVersion = "2026-10-01",
        LineDefinitions = Definitions,
        Payslips =
        [
            Payslip("A002", "李四", "T2",
                Line(BasePay, 3000.5m, "3000.5"),
                Line(Overtime, 0m, "0 × 20"),
                Line(WorkedHours, 0m, "0"),
                Line(Pension, -240.04m, "3000.5 × 8%"),
                Line(EmployerPension, 480.08m, "3000.5 × 16%")),
            Payslip("A001", "张三", "T1",
                Line(BasePay, 5220m, "5220 × (0.8×0 + 18) / 18", new LineInput("B", "5220"), new LineInput("days", "18")),
                Line(Overtime, 120.00m, "6 × 20"),
                Line(WorkedHours, 150.5m, "150.5"),
                Line(Pension, -417.6m, "5220 × 8%"),
                Line(EmployerPension, 835.2m, "5220 × 16%")),
        ],
        Flags = flags ?? [new PayrollFlag("A001", "overtime_over_36h", "加班 38 小时，超过每月 36 小时")],
    };

    /// <summary>A result of <paramref name="agents"/> agents with every plan line, for volume tests.</summary>
    public static PayrollResult Many(int agents)
    {
        var payslips = new List<Payslip>(agents);
        for (var i = 0; i < agents; i++)
        {
            payslips.Add(Payslip($"A{i:D6}", "坐席" + i, "T" + (i % 7),
                Line(BasePay, 3000m + i, "base"),
                Line(Overtime, 20m * (i % 5), "overtime"),
                Line(WorkedHours, 160m + i % 3, "hours"),
                Line(Pension, -(3000m + i) * 0.08m, "pension"),
                Line(EmployerPension, (3000m + i) * 0.16m, "employer")));
        }
        return new PayrollResult
        {
            Period = new Period(2026, 10),
            PlanCode = "bank-card-center",
            PlanVersion = "2026-10-01",
            LineDefinitions = Definitions,
            Payslips = payslips,
        };
    }
}
