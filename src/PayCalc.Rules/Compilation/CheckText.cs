using System.Globalization;

namespace PayCalc.Rules.Compilation;

/// <summary>How a value shows in a check's message: numbers as in explanations, dates as yyyy-MM-dd.</summary>
public static class CheckText
{
    public static string Show(object? value) => value switch
    {
        decimal d => FormulaTemplate.Format(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => "",
        _ => value.ToString() ?? "",
    };
}
