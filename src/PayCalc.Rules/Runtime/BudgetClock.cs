namespace PayCalc.Rules.Runtime;

/// <summary>
/// One computation's use of its <see cref="ComputeBudget"/>, read from a <see cref="TimeProvider"/>'s timestamps.
/// Thread-safe: the first value over budget records the error and marks the run <see cref="Exceeded"/>.
/// </summary>
internal sealed class BudgetClock
{
    private readonly ComputeBudget _budget;
    private readonly TimeProvider _time;
    private readonly long _deadline;
    private readonly long _perAgent;
    private int _exceeded;

    public BudgetClock(ComputeBudget budget, TimeProvider time)
    {
        _budget = budget;
        _time = time;
        _deadline = Saturating(time.GetTimestamp(), Timestamps(budget.Run));
        _perAgent = Timestamps(budget.PerAgent);
    }

    /// <summary>True once a value or the run has gone over budget; the computation stops.</summary>
    public bool Exceeded => Volatile.Read(ref _exceeded) != 0;

    public long Now() => _time.GetTimestamp();

    /// <summary>
    /// Checks the value of <paramref name="component"/> for <paramref name="agentId"/> (or a team of
    /// <paramref name="agents"/> led by it) computed from <paramref name="started"/> to <paramref name="done"/>;
    /// true, with the error recorded, when it or the run went over budget or the run was already stopped.
    /// </summary>
    public bool Check(long started, long done, string agentId, string component, List<ComputeError> errors, int agents = 1)
    {
        var overAgent = done - started > (_perAgent > long.MaxValue / Math.Max(1, agents) ? long.MaxValue : _perAgent * Math.Max(1, agents));
        if (!overAgent && done <= _deadline) return Exceeded;
        if (Interlocked.Exchange(ref _exceeded, 1) != 0) return true;
        var took = ComputeBudget.Describe(_time.GetElapsedTime(started, done));
        var message = overAgent && agents <= 1
            ? RuleMessages.Format("Budget_Value", took, ComputeBudget.Describe(_budget.PerAgent))
            : overAgent
            ? RuleMessages.Format("Budget_Team", agents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), took, ComputeBudget.Describe(_budget.PerAgent))
            : RuleMessages.Format("Budget_Run", ComputeBudget.Describe(_budget.Run));
        lock (errors) errors.Add(new ComputeError(agentId, component, message));
        return true;
    }

    private long Timestamps(TimeSpan span) =>
        span.TotalSeconds * _time.TimestampFrequency >= long.MaxValue / 2 ? long.MaxValue / 2 : (long)(span.TotalSeconds * _time.TimestampFrequency);

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
