using System.Globalization;

namespace PayCalc.Web;

/// <summary>How the pages write numbers: money with thousands separators and two decimals, the same in every language.</summary>
public static class Show
{
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
