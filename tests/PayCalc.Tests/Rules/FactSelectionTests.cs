using PayCalc.Rules.Compilation;
using PayCalc.Rules.Evaluation;

namespace PayCalc.Tests.Rules;

/// <summary>An agent's session gets every fact a rule matches one by one, and one witness per exists/not pattern
/// otherwise: the first fact that meets it (a test that fails keeps its fact, so the session reports the failure).</summary>
public sealed class FactSelectionTests
{
    private static readonly AgentScope Judged = null!;

    private static List<object> Select(FactSelection selection, params int[] facts)
    {
        var into = new List<object>();
        selection.Select(Judged, facts, into);
        return into;
    }

    [Fact]
    public void Witnesses_FirstFactMeetingEachPattern_Once()
    {
        var selection = new FactSelection();
        selection.NeedsWitness(typeof(int), new Func<AgentScope, int, bool>((_, x) => x > 2));
        selection.NeedsWitness(typeof(int), new Func<AgentScope, int, bool>((_, x) => x % 2 == 0));

        Assert.Equal([2, 3], Select(selection, 1, 2, 3, 4, 5));
        Assert.Equal([4], Select(selection, 1, 4, 6));
        Assert.Empty(Select(selection, 1));
    }

    [Fact]
    public void APatternThatNeedsAll_KeepsEveryFact()
    {
        var selection = new FactSelection();
        selection.NeedsWitness(typeof(int), new Func<AgentScope, int, bool>((_, x) => x > 2));
        var other = new FactSelection();
        other.NeedsAll(typeof(int));
        selection.Add(other);

        Assert.Equal([1, 2, 3], Select(selection, 1, 2, 3));
    }

    [Fact]
    public void ATestThatFails_KeepsItsFact()
    {
        var selection = new FactSelection();
        selection.NeedsWitness(typeof(int), new Func<AgentScope, int, bool>((_, x) => 10 / x > 100));

        Assert.Equal([0], Select(selection, 1, 0, 2));
    }
}
