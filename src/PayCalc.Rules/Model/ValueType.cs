namespace PayCalc.Rules.Model;

/// <summary>The type of a component's value. Lines are always numbers (money, scores, hours).</summary>
public enum RuleValueType
{
    Number,
    Bool,
}
