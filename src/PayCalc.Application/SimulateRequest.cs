using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>
/// What <c>paycalc simulate</c> needs: the proposed plan file, the stored months <paramref name="From"/>..<paramref name="To"/>
/// (each must have a run), the database, the rules folder (calendars) and the folder the report files go to (null: none).
/// </summary>
public sealed record SimulateRequest(string PlanPath, Period From, Period To, string DatabasePath, string RulesDirectory, string? OutputFolder = null)
    : MonthRequest
{
    /// <summary>The months of the range, in order.</summary>
    public IReadOnlyList<Period> Periods
    {
        get
        {
            var list = new List<Period>();
            for (var p = From; p.CompareTo(To) <= 0; p = p.Next()) list.Add(p);
            return list;
        }
    }
}
