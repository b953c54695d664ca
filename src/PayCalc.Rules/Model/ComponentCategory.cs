namespace PayCalc.Rules.Model;

public enum ComponentCategory
{
    Earning,
    Deduction,
    Info,
    Employer,
    /// <summary>An intermediate value (hourly wage, overtime hours): explained, never printed as a line.</summary>
    Variable,
}
