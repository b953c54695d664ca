using PayCalc.Rules.Evaluation;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>A flag turned into delegates. <c>ReadsCollections</c>: the condition has a lambda over shifts, leave or
/// deals (see <see cref="CompiledComponent.ReadsCollections"/>).</summary>
internal sealed record CompiledFlag(FlagDefinition Definition, Func<AgentScope, bool> When, Func<AgentScope, string> Message, bool ReadsCollections);
