using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>The aggregates of a check's group pattern over the collected members. An empty group counts and sums 0
/// and has a minimum, maximum and median of 0.</summary>
public static class CheckAggregates
{
    public static decimal Of<T>(IEnumerable<T> members, Func<T, decimal> value, CheckAggregate aggregate)
    {
        var values = members.Select(value).ToList();
        if (values.Count == 0) return 0m;
        return aggregate switch
        {
            CheckAggregate.Count => values.Count,
            CheckAggregate.Sum => values.Sum(),
            CheckAggregate.Min => values.Min(),
            CheckAggregate.Max => values.Max(),
            _ => Median(values),
        };
    }

    /// <summary>The middle value; of an even count the mean of the two middle values.</summary>
    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
