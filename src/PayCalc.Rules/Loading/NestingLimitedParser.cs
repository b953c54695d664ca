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
        // Only mappings and lists count: the stream and the document are levels of their own in the event stream.
        if (inner.Current is MappingEnd or SequenceEnd) _depth--;
        else if (inner.Current is MappingStart or SequenceStart && ++_depth > RuleLimits.MaxYamlNesting)
            throw new TooDeepException((int)inner.Current.Start.Line,
                RuleMessages.Format("Yaml_TooDeep", RuleLimits.MaxYamlNesting));
        return true;
    }

    /// <summary>The file nests too deep at <see cref="Line"/> (1-based).</summary>
    internal sealed class TooDeepException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
