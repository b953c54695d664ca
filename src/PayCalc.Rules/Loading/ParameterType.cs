namespace PayCalc.Rules.Loading;

/// <summary>
/// The words of a parameter's <c>type:</c> key. Only the reader uses them: the model has one
/// <see cref="Model.ParameterDefinition"/> type per kind.
/// </summary>
internal enum ParameterType
{
    /// <summary>One number (<see cref="Model.ValueParameter"/>).</summary>
    Value,
    /// <summary>A lookup table: key -> number (<see cref="Model.TableParameter"/>).</summary>
    Table,
    /// <summary>Tiers; the value of the highest tier reached applies to the whole amount (<see cref="Model.ScaleParameter"/>).</summary>
    Scale,
    /// <summary>Tiers; each tier's rate applies to the part of the amount inside it (<see cref="Model.ScaleParameter.Marginal"/>).</summary>
    MarginalScale,
    /// <summary>Tax brackets with rate and quick deduction (<see cref="Model.BracketParameter"/>).</summary>
    Brackets,
}
