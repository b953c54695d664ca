using System.Text;
using System.Text.Json;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;

namespace PayCalc.Tests.Files.Export;

public sealed class PayslipJsonWriterTests
{
    private static byte[] WriteBytes(PayrollResult result)
    {
        using var stream = new MemoryStream();
        new PayslipJsonWriter().Write(result, stream);
        return stream.ToArray();
    }

    private static string WriteText(PayrollResult result) => Encoding.UTF8.GetString(WriteBytes(result));

    [Fact]
    public void Write_TwoAgents_HeaderFieldsMatchResult()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.TwoAgents()));
        var root = doc.RootElement;

        Assert.Equal("2026-10", root.GetProperty("period").GetString());
        Assert.Equal("bank-card-center", root.GetProperty("plan").GetString());
        Assert.Equal("2026-10-01", root.GetProperty("plan_version").GetString());
    }

    [Fact]
    public void Write_PayslipsOutOfOrder_SortedByAgentId()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.TwoAgents()));

        var ids = doc.RootElement.GetProperty("payslips").EnumerateArray().Select(p => p.GetProperty("agent_id").GetString());

        Assert.Equal(["A001", "A002"], ids);
    }

    [Fact]
    public void Write_WholeYuanAmount_WrittenWithTwoDecimals()
    {
        var text = WriteText(PayrollSamples.TwoAgents());

        Assert.Contains("\"amount\": 5220.00,", text);
        Assert.Contains("\"amount\": 3000.50,", text);
        Assert.Contains("\"amount\": -417.60,", text);
        Assert.Contains("\"gross\": 5340.00,", text);
        Assert.Contains("\"net\": 4922.40,", text);
        Assert.Contains("\"employer_cost\": 6175.20,", text);
    }

    [Fact]
    public void Write_Payslip_LineFieldsHaveExactValues()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.TwoAgents()));
        var line = doc.RootElement.GetProperty("payslips")[0].GetProperty("lines")[0];

        Assert.Equal("base_pay", line.GetProperty("code").GetString());
        Assert.Equal("基本工资", line.GetProperty("name").GetString());
        Assert.Equal("Base pay", line.GetProperty("name_en").GetString());
        Assert.Equal("earning", line.GetProperty("category").GetString());
        Assert.Equal(5220.00m, line.GetProperty("amount").GetDecimal());
        Assert.Equal("5220 × (0.8×0 + 18) / 18", line.GetProperty("explain").GetString());
        Assert.Equal("base_pay_formula", line.GetProperty("formula").GetString());
        // The values are in the explanation; the list of inputs is in the database (paycalc explain).
        Assert.False(line.TryGetProperty("inputs", out _));
    }

    [Fact]
    public void Write_ZeroLines_EarningOmittedInfoKept()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.TwoAgents()));
        var a002 = doc.RootElement.GetProperty("payslips")[1];

        var lines = a002.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("code").GetString(), l.GetProperty("category").GetString(), l.GetProperty("amount").GetDecimal()))
            .ToList();

        Assert.Equal(
            [("base_pay", "earning", 3000.50m), ("worked_hours", "info", 0m), ("pension", "deduction", -240.04m), ("employer_pension", "employer", 480.08m)],
            lines);
        Assert.Contains("\"amount\": 0.00,", WriteText(PayrollSamples.TwoAgents()));
    }

    [Fact]
    public void Write_ChineseText_WrittenAsUtf8NotEscaped()
    {
        var text = WriteText(PayrollSamples.TwoAgents());

        Assert.Contains("\"name\": \"张三\"", text);
        Assert.Contains("\"message\": \"加班 38 小时，超过每月 36 小时\"", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public void Write_QuoteInName_EscapedAsJson()
    {
        var result = PayrollSamples.TwoAgents() with
        {
            Payslips = [PayrollSamples.Payslip("A1", "Bob \"B\" \\ O'Neil", "T1")],
        };

        using var doc = JsonDocument.Parse(WriteBytes(result));

        Assert.Equal("Bob \"B\" \\ O'Neil", doc.RootElement.GetProperty("payslips")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Write_Flags_WrittenWithAgentCodeMessage()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.TwoAgents()));
        var flag = doc.RootElement.GetProperty("flags")[0];

        Assert.Equal("A001", flag.GetProperty("agent_id").GetString());
        Assert.Equal("overtime_over_36h", flag.GetProperty("code").GetString());
    }

    [Fact]
    public void Write_SameResultTwice_ByteIdentical()
    {
        var first = WriteBytes(PayrollSamples.TwoAgents());
        var second = WriteBytes(PayrollSamples.TwoAgents());

        Assert.Equal(first, second);
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void Write_ToPath_SameBytesAsStream()
    {
        var path = Path.Combine(Path.GetTempPath(), "paycalc-json-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            new PayslipJsonWriter().Write(PayrollSamples.TwoAgents(), path);

            Assert.Equal(WriteBytes(PayrollSamples.TwoAgents()), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_ManyPayslips_AllWrittenAndParseable()
    {
        using var doc = JsonDocument.Parse(WriteBytes(PayrollSamples.Many(2000)));

        var payslips = doc.RootElement.GetProperty("payslips");
        Assert.Equal(2000, payslips.GetArrayLength());
        Assert.Equal("A001999", payslips[1999].GetProperty("agent_id").GetString());
    }

    [Fact]
    public void Write_OneAgent_MatchesGoldenText()
    {
        var result = PayrollSamples.TwoAgents([]) with
        {
            Payslips =
            [
                PayrollSamples.Payslip("A001", "张三", "T1",
                    PayrollSamples.Line(PayrollSamples.BasePay, 5220m, "5220 × 18 / 18", new LineInput("B", "5220")),
                    PayrollSamples.Line(PayrollSamples.Overtime, 0m, "0 × 20"),
                    PayrollSamples.Line(PayrollSamples.Pension, -417.6m, "5220 × 8%")) with
                {
                    Rows = [new LineRows("base_pay", [new TraceRow(new SourceRef("attendance.csv", "", 5), new DateOnly(2026, 10, 3), 60.50m, [8m, 0.125m])])],
                },
            ],
            Catalog = new TraceCatalog
            {
                Names = new Dictionary<string, TraceName>
                {
                    ["overtime_rate"] = new() { Name = "overtime_rate", Kind = TraceKind.Parameter, Source = "Labour Law art. 44", Location = "plans/p.yaml:12", InForce = new DateOnly(2025, 1, 1) },
                    ["B"] = new() { Name = "B", Kind = TraceKind.Fact },
                },
                Rows = new Dictionary<string, RowShape> { ["base_pay"] = new("shifts", ["Hours", "HoursInWindow(22, 6)"]) },
            },
        };

        const string expected = """
            {
              "period": "2026-10",
              "plan": "bank-card-center",
              "plan_version": "2026-10-01",
              "names": {
                "overtime_rate": {
                  "kind": "parameter",
                  "in_force": "2025-01-01",
                  "location": "plans/p.yaml:12",
                  "source": "Labour Law art. 44"
                },
                "B": {
                  "kind": "fact"
                }
              },
              "row_shapes": {
                "base_pay": {
                  "collection": "shifts",
                  "fields": [
                    "Hours",
                    "HoursInWindow(22, 6)"
                  ]
                }
              },
              "payslips": [
                {
                  "agent_id": "A001",
                  "name": "张三",
                  "team": "T1",
                  "gross": 5220.00,
                  "net": 4802.40,
                  "employer_cost": 5220.00,
                  "lines": [
                    {
                      "code": "base_pay",
                      "name": "基本工资",
                      "name_en": "Base pay",
                      "category": "earning",
                      "amount": 5220.00,
                      "explain": "5220 × 18 / 18",
                      "formula": "base_pay_formula",
                      "rows": [{"date":"2026-10-03","source":"attendance.csv:5","value":60.5,"fields":[8,0.125]}]
                    },
                    {
                      "code": "pension",
                      "name": "养老保险",
                      "name_en": "Pension",
                      "category": "deduction",
                      "amount": -417.60,
                      "explain": "5220 × 8%",
                      "formula": "pension_formula"
                    }
                  ]
                }
              ],
              "flags": []
            }
            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), WriteText(result));
    }
}
