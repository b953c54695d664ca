using PayCalc.Domain;
using PayCalc.Tests.Cli;

namespace PayCalc.Tests.Application;

/// <summary>The shipped bank-card-center example months 2026-10..12 run once into a temporary database, for the ledger tests.</summary>
public sealed class LedgerMonths : IDisposable
{
    public ExampleMonthRuns Runs { get; } = new();

    public LedgerMonths()
    {
        foreach (var month in new[] { 10, 11, 12 })
        {
            var (exit, output) = Runs.Run(new Period(2026, month));
            if (exit != 0) throw new InvalidOperationException($"2026-{month} did not run: {output}");
        }
    }

    public void Dispose() => Runs.Dispose();
}
