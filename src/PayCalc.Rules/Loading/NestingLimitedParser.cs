using PayCalc.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PayCalc.Rules.Loading;

/// <summary>
/// The YAML event stream, refused at the first mapping or list nested deeper than
/// <see cref="RuleLimits.MaxYamlNesting"/>. The event parser keeps its own stack (no recursion), but the node tree
/// is built recursively from these events: stopping the events stops the recursion before it can overflow the
/// stack, whatever the file's size.
/// </summary>
internal sealed class NestingLimitedParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        if (inner.Current is { } e && (_depth += e.NestingIncrease) > RuleLimits.MaxYamlNesting)
            throw new TooDeepException((int)e.Start.Line,
                $"mappings and lists are nested more than {RuleLimits.MaxYamlNesting} deep; a rule file never needs that many levels.");
        return true;
    }

    /// <summary>The file nests too deep at <see cref="Line"/> (1-based).</summary>
    internal sealed class TooDeepException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
