namespace PayCalc.Domain;

/// <summary>The one place where money is rounded: to the fen (0.01 CNY), half away from zero.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Round to a number of decimals, half away from zero (e.g. 0 for whole-yuan city rules).</summary>
    public static decimal Round(decimal amount, int decimals) => Math.Round(amount, decimals, MidpointRounding.AwayFromZero);
}
