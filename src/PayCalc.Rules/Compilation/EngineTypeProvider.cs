using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Rules.Compilation;

/// <summary>Makes exactly the engine's runtime types callable from expressions; no assembly scanning.</summary>
internal sealed class EngineTypeProvider : AbstractDynamicLinqCustomTypeProvider, IDynamicLinqCustomTypeProvider
{
    private static readonly HashSet<Type> Types =
        [typeof(AgentScope), typeof(ShiftFact), typeof(LeaveFact), typeof(DealFact), typeof(MonthlyHistory), typeof(LookupTable), typeof(ScaleTable), typeof(BracketTable)];

    public EngineTypeProvider() : base([]) { }

    public HashSet<Type> GetCustomTypes() => Types;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => new();

    public Type? ResolveType(string typeName) => Types.FirstOrDefault(t => t.FullName == typeName);

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
