namespace PayCalc.Domain.Payroll;

/// <summary>One agent's payslip for a period. Gross = sum of earning lines; net = gross + deduction lines.</summary>
public sealed record Payslip
{
    private readonly IReadOnlyList<PayslipLine> _lines = [];
    private readonly decimal _gross, _net, _employerCost;

    public required string AgentId { get; init; }
    public required string Name { get; init; }
    public required string Team { get; init; }

    /// <summary>The lines in plan order (adjustments last). The totals are summed once, when the lines are set.</summary>
    public required IReadOnlyList<PayslipLine> Lines
    {
        get => _lines;
        init
        {
            _lines = value;
            _gross = _net = _employerCost = 0m;
            if (value is CompactLines compact)
            {
                // Without making each line (a record) only to read two of its fields.
                (_gross, _net, _employerCost) = compact.Totals();
            }
            else
            {
                foreach (var l in value)
                {
                    if (l.Category == LineCategory.Earning) _gross += l.Amount;
                    else if (l.Category == LineCategory.Deduction) _net += l.Amount;
                    else if (l.Category == LineCategory.Employer) _employerCost += l.Amount;
                }
            }
            _net += _gross;
            _employerCost += _gross;
        }
    }

    /// <summary>Line <paramref name="index"/> of <see cref="Lines"/>, read without making a line where the payslip holds
    /// its lines compactly (a computed payslip); loop <c>for (i &lt; Lines.Count) LineAt(i)</c> in the writers.</summary>
    public LineView LineAt(int index)
    {
        if (_lines is CompactLines compact) return compact.View(index);
        var line = _lines[index];
        return new LineView(line, line.Amount, line.ExplainUtf8);
    }

    /// <summary>The plan's intermediate values (hourly wage, overtime hours, ...), unrounded, in plan order,
    /// so every line can be traced to its inputs. Never summed, never printed as lines.</summary>
    public IReadOnlyList<TraceValue> Trace { get; init; } = [];
    /// <summary>Display values of the facts and metrics the plan's formulas use for this agent (e.g.
    /// <c>employed_working_days = 18</c>, <c>aht_seconds = 200</c>): with <see cref="Trace"/> and the run's
    /// parameters they re-render any intermediate value's formula.</summary>
    public IReadOnlyList<LineInput> Facts { get; init; } = [];

    /// <summary>The rows behind the payslip's aggregate lines (e.g. each night shift of the night allowance), by line;
    /// what the rows are is the run's <see cref="TraceCatalog.Rows"/>.</summary>
    public IReadOnlyList<LineRows> Rows { get; init; } = [];

    public decimal Gross => _gross;

    public decimal Net => _net;

    public decimal EmployerCost => _employerCost;

    public PayslipLine? Line(string code) => Lines.FirstOrDefault(l => l.Code == code);
}
