using System.Text;

namespace PayCalc.Domain.Payroll;

/// <summary>One payslip line: amount rounded once (to 0.01, half away from zero), signed by its effect on pay.</summary>
public sealed record PayslipLine
{
    private readonly string? _explain;
    private readonly ReadOnlyMemory<byte> _explainUtf8;

    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required LineCategory Category { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>The rule's expression as written in the plan.</summary>
    public required string Formula { get; init; }

    /// <summary>The formula with the values that went in substituted. Set either this or <see cref="ExplainUtf8"/>.</summary>
    public string Explain
    {
        get => _explain ?? Encoding.UTF8.GetString(_explainUtf8.Span);
        init => _explain = value;
    }

    /// <summary>The same text as UTF-8. The engine keeps a payslip's explanations this way, in one buffer per payslip
    /// (not 2.6 million separate strings at 100,000 agents), and the file writers copy the bytes as they are.</summary>
    public ReadOnlyMemory<byte> ExplainUtf8
    {
        get => _explain is null ? _explainUtf8 : Encoding.UTF8.GetBytes(_explain);
        init => _explainUtf8 = value;
    }

    /// <summary>The named values the formula used, in order of first appearance. Filled when a payslip is read back
    /// from the store (rendered from its facts and trace); a freshly computed line carries them only in <see cref="Explain"/>,
    /// which keeps 100,000 payslips in memory smaller.</summary>
    public IReadOnlyList<LineInput> Inputs { get; init; } = [];

    // Equal lines have equal text, however the explanation is held.
    public bool Equals(PayslipLine? other) =>
        other is not null && Code == other.Code && Name == other.Name && NameEn == other.NameEn && Category == other.Category
        && Amount == other.Amount && Formula == other.Formula && Explain == other.Explain && Inputs.SequenceEqual(other.Inputs);

    public override int GetHashCode() => HashCode.Combine(Code, Amount, Explain);
}
