using System.Globalization;

namespace PayCalc.Rules.Evaluation;

/// <summary>A table parameter in force for the period: key -> number.</summary>
public sealed class LookupTable(string name, IReadOnlyDictionary<string, decimal> entries)
{
    public string Name { get; } = name;
    public IReadOnlyDictionary<string, decimal> Entries { get; } = entries;

    /// <summary>The value for a key; a missing key is an error, never a silent 0.</summary>
    public decimal Of(decimal key) => Of(Key(key));

    public decimal Of(string key) =>
        Entries.TryGetValue(key, out var v) ? v : throw new RuleEvaluationException(RuleMessages.Format("Eval_TableNoEntry", Name, key));

    /// <summary>The value for a key, or 0 when the table has no such key (e.g. places beyond the rewarded ones).</summary>
    public decimal OrZero(decimal key) => Entries.TryGetValue(Key(key), out var v) ? v : 0m;

    public decimal OrZero(string key) => Entries.TryGetValue(key, out var v) ? v : 0m;

    public bool Has(decimal key) => Entries.ContainsKey(Key(key));

    public bool Has(string key) => Entries.ContainsKey(key);

    private static string Key(decimal key) => key.ToString("0.############", CultureInfo.InvariantCulture);
}
