using PayCalc.Cli.Commands;
using PayCalc.Domain;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>Rerunning a month whose later months are already stored says which ones used its replaced figures.</summary>
public sealed class RerunEarlierMonthTests : IDisposable
{
    private static readonly Period October = new(2026, 10), November = new(2026, 11);
    private readonly TempDatabase _db = new();
    private readonly TempFolder _out = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _db.Dispose();
        _out.Dispose();
    }

    private (int Exit, string Output) Run(Period period)
    {
        var output = new StringWriter();
        var exit = new PayrollRunner(output, new StringWriter(), _clock).Run(new RunRequest(NetPay.PlanPath, period,
            Repo.Path("examples", "bank-card-center", period.ToString()), _db.Path, Path.Combine(_out.Path, period.ToString()), Repo.Path("rules")));
        return (exit, output.ToString());
    }

    [Fact]
    public void Rerun_WithALaterMonthStored_NamesItToRunAgain()
    {
        Assert.Equal(PayrollRunner.Ok, Run(October).Exit);
        Assert.DoesNotContain("already stored", Run(October).Output);
        Assert.Equal(PayrollRunner.Ok, Run(November).Exit);

        var (exit, output) = Run(October);

        Assert.Equal(PayrollRunner.Ok, exit);
        Assert.Contains("note: 2026-11 already stored from this month's earlier figures: run them again", output);
    }
}
