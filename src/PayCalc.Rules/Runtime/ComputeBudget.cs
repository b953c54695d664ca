using System.Globalization;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Runtime;

/// <summary>
/// How long <see cref="PayrollEngine.Compute"/> may take before it stops with a <see cref="ComputeFailedException"/>
/// naming the component (and agent) it was computing. Time is measured on the engine's <see cref="TimeProvider"/>
/// timestamps (elapsed time, never the date). Defaults: <see cref="RuleLimits.DefaultRunBudget"/> for the run,
/// <see cref="RuleLimits.DefaultAgentBudget"/> for one agent's value.
/// </summary>
public sealed class ComputeBudget
{
    public static readonly ComputeBudget Default = new(RuleLimits.DefaultRunBudget, RuleLimits.DefaultAgentBudget);

    /// <param name="run">The whole computation: every component for every agent, and the flags; checked after each
    /// agent's value of each component.</param>
    /// <param name="perAgent">One agent's value of one component (or one flag), checked when it is done: a value
    /// cannot be interrupted while it computes, so this names the agent whose data makes a rule explode.</param>
    public ComputeBudget(TimeSpan run, TimeSpan perAgent)
    {
        if (run <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(run), run, "the run's compute budget must be positive.");
        if (perAgent <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(perAgent), perAgent, "an agent's compute budget must be positive.");
        Run = run;
        PerAgent = perAgent;
    }

    public TimeSpan Run { get; }

    public TimeSpan PerAgent { get; }

    /// <summary>A span as people read it: "10 min", "5 s", "0.001 s".</summary>
    internal static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0 && span.Milliseconds == 0
            ? $"{span.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture)} min"
            : $"{span.TotalSeconds.ToString("0.#######", CultureInfo.InvariantCulture)} s";
}
