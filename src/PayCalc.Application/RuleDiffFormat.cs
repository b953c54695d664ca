namespace PayCalc.Application;

/// <summary>How <c>paycalc rules diff</c> prints the changes: plain-language blocks, or a JSON array for tools.</summary>
public enum RuleDiffFormat
{
    Text,
    Json,
}
