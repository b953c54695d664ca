namespace PayCalc.Rules.Model;

/// <summary>
/// Unit of a named value, used at load time to refuse sums and comparisons of different kinds
/// (money + hours). <see cref="Any"/> is a plain number (rates, factors, products) and mixes with anything.
/// </summary>
public enum Unit
{
    Any,
    Money,
    Hours,
    Days,
    Count,
    Score,
}
