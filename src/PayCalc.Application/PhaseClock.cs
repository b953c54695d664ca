using System.Diagnostics;

namespace PayCalc.Application;

/// <summary>Times the phases of a command and reports progress on stderr as each phase starts and ends.</summary>
public sealed class PhaseClock(TextWriter progress)
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];

    /// <summary>A clock that reports nowhere (a caller that does not time its phases).</summary>
    public static PhaseClock Silent => new(TextWriter.Null);

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    public T Time<T>(string phase, Func<T> work)
    {
        progress.Write($"  {phase} ...");
        progress.Flush();
        var sw = Stopwatch.StartNew();
        T result;
        try
        {
            result = work();
        }
        catch
        {
            progress.WriteLine(" " + Messages.Get("Phase_Stopped"));
            throw;
        }
        sw.Stop();
        _phases.Add((phase, sw.Elapsed));
        progress.WriteLine($" {sw.Elapsed.TotalSeconds:0.00} s");
        return result;
    }

    /// <summary>A phase that ran in the background (its time overlaps others'), reported as it ends.</summary>
    public void Record(string phase, TimeSpan elapsed)
    {
        _phases.Add((phase, elapsed));
        progress.WriteLine($"  {phase} {elapsed.TotalSeconds:0.00} s");
    }

    /// <summary>Runs <paramref name="work"/> (e.g. on another thread) and gives its time, to <see cref="Record"/> later.</summary>
    public static (T Value, TimeSpan Elapsed) Timed<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var sw = Stopwatch.StartNew();
        var value = work();
        return (value, sw.Elapsed);
    }

    public void Time(string phase, Action work) => Time(phase, () => { work(); return 0; });
}
