using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// A temporary database and output folder into which the shipped bank-card-center example months are run through
/// the real runner (the plan with the statutory lines), at a fixed clock.
/// </summary>
public sealed class ExampleMonthRuns : IDisposable
{
    private readonly TempFolder _out = new();

    public TempDatabase Db { get; } = new();

    public FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));

    /// <summary>An input folder of the example, e.g. <c>2026-10</c> or <c>2026-10-corrected</c>.</summary>
    public static string Example(string folder) => Repo.Path("examples", "bank-card-center", folder);

    /// <summary>Runs <paramref name="period"/> from the example folder <paramref name="folder"/> (default: the period's
    /// own) into <paramref name="db"/> (default: <see cref="Db"/>); the exit code and what the run printed.</summary>
    public (int Exit, string Output) Run(Period period, string? folder = null, TempDatabase? db = null) =>
        RunFrom(period, Example(folder ?? period.ToString()), new StringWriter(), db);

    /// <summary>Runs <paramref name="period"/> from any input folder; problems go to <paramref name="errors"/>.</summary>
    public (int Exit, string Output) RunFrom(Period period, string inputFolder, TextWriter errors, TempDatabase? db = null)
    {
        var output = new StringWriter();
        var exit = new PayrollRunner(output, errors, Clock).Run(new RunRequest(NetPay.PlanPath, period, inputFolder,
            (db ?? Db).Path, Path.Combine(_out.Path, period + Path.GetFileName(inputFolder)), Repo.Path("rules")));
        return (exit, output.ToString());
    }

    /// <summary>Stores the example folder of <paramref name="period"/> (or <paramref name="folder"/>) as the month's preview;
    /// the exit code, what it printed and its problems.</summary>
    public (int Exit, string Output, string Errors) Preview(Period period, string? folder = null)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new PublishPreview(output, errors, Clock).Publish(new PreviewRequest(NetPay.PlanPath, period, Example(folder ?? period.ToString()),
            Db.Path, Repo.Path("rules")) { User = "hr-test" });
        return (exit, output.ToString(), errors.ToString());
    }

    public void Dispose()
    {
        Db.Dispose();
        _out.Dispose();
    }
}
