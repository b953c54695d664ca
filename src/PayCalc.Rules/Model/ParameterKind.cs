namespace PayCalc.Rules.Model;

public enum ParameterKind
{
    /// <summary>One number.</summary>
    Value,
    /// <summary>A lookup table: key -> number (keys are numbers or text).</summary>
    Table,
    /// <summary>Tiers; the value of the highest tier reached applies to the whole amount.</summary>
    Scale,
    /// <summary>Tiers; each tier's rate applies to the part of the amount inside it (tax-style).</summary>
    MarginalScale,
    /// <summary>Tax brackets with rate and quick deduction (速算扣除数), checked continuous at every seam.</summary>
    Brackets,
}
