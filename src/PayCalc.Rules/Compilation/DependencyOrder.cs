using PayCalc.Rules.Model;

namespace PayCalc.Rules.Compilation;

/// <summary>The order in which components are evaluated: each after every component it reads.</summary>
internal static class DependencyOrder
{
    /// <summary>Depth-first topological order; a cycle is reported once with its path. Walked with an explicit
    /// stack: a chain of thousands of components must not overflow the process's.</summary>
    public static List<CompiledComponent> Sort(IReadOnlyList<CompiledComponent> components, string file, List<RuleError> errors)
    {
        var byCode = components.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        var order = new List<CompiledComponent>();
        var path = new Stack<string>();
        var pending = new Stack<(CompiledComponent Component, IEnumerator<string> Uses)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Enter(CompiledComponent c)
        {
            state[c.Code] = 1;
            path.Push(c.Code);
            pending.Push((c, c.Uses.Order(StringComparer.Ordinal).GetEnumerator()));
        }

        foreach (var root in components)
        {
            if (state.GetValueOrDefault(root.Code) != 0) continue;
            Enter(root);
            while (pending.Count > 0)
            {
                var (c, uses) = pending.Peek();
                if (uses.MoveNext())
                {
                    if (!byCode.TryGetValue(uses.Current, out var d)) continue;
                    if (state.GetValueOrDefault(d.Code) == 1)
                    {
                        var cycle = path.Reverse().SkipWhile(n => n != d.Code).Append(d.Code).ToList();
                        if (reported.Add(string.Join(",", cycle.Order())))
                            errors.Add(new RuleError(d.Definition.File.Length > 0 ? d.Definition.File : file, d.Definition.Line, d.Code, RuleMessages.Format("Compile_Cycle", string.Join(" -> ", cycle))));
                    }
                    else if (state.GetValueOrDefault(d.Code) == 0) Enter(d);
                    continue;
                }
                uses.Dispose();
                pending.Pop();
                path.Pop();
                state[c.Code] = 2;
                order.Add(c);
            }
        }
        return order;
    }
}
