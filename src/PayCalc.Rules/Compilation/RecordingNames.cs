using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PayCalc.Rules.Compilation;

/// <summary>
/// The names handed to the expression parser. It records which names an expression used, which gives
/// the exact dependencies between components (no guessing from the text).
/// </summary>
internal sealed class RecordingNames(IReadOnlyDictionary<string, object> names) : IDictionary<string, object>
{
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        if (names.TryGetValue(key, out value!))
        {
            Used.Add(key);
            return true;
        }
        return false;
    }

    public object this[string key]
    {
        get => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);
        set => throw new NotSupportedException();
    }

    public bool ContainsKey(string key) => names.ContainsKey(key);
    public ICollection<string> Keys => names.Keys.ToList();
    public ICollection<object> Values => names.Values.ToList();
    public int Count => names.Count;
    public bool IsReadOnly => true;
    public void Add(string key, object value) => throw new NotSupportedException();
    public void Add(KeyValuePair<string, object> item) => throw new NotSupportedException();
    public void Clear() => throw new NotSupportedException();
    public bool Contains(KeyValuePair<string, object> item) => names.Contains(item);
    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) => names.ToList().CopyTo(array, arrayIndex);
    public bool Remove(string key) => throw new NotSupportedException();
    public bool Remove(KeyValuePair<string, object> item) => throw new NotSupportedException();
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => names.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
