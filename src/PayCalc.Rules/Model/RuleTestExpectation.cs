using System.Globalization;

namespace PayCalc.Rules.Model;

/// <summary>
/// A value expected for one agent in one month: a payslip line (rounded amount) or a variable (unrounded, in the
/// payslip's trace). The actual value is compared at the precision written, at least two decimals: <c>87.19</c> and
/// <c>87.190</c> match 87.19 exactly, <c>99.6169</c> matches 99.61685 (half away from zero), <c>30</c> matches 30.00 but
/// not 30.004. <c>true</c>/<c>false</c> mean 1/0 (conditions).
/// </summary>
public sealed record RuleTestExpectation(string AgentId, string Code, decimal Expected, string Written, int Line)
{
    public int Decimals => Math.Max(2, (int)Expected.Scale);

    public bool Matches(decimal actual) => Math.Round(actual, Decimals, MidpointRounding.AwayFromZero) == Expected;

    /// <summary>The actual value as compared: <c>true</c>/<c>false</c> for a condition, else at the expectation's precision
    /// (up to 6 decimals when it has more digits, so a near miss shows).</summary>
    public string Show(decimal actual)
    {
        if (Written is "true" or "false") return actual != 0m ? "true" : "false";
        var places = Math.Max(Decimals, 6);
        var text = Math.Round(actual, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var keep = text.Length - (places - Decimals);
        return text.TrimEnd('0').Length >= keep ? text.TrimEnd('0') : text[..keep];
    }
}
