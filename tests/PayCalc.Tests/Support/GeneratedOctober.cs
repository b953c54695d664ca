using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;

namespace PayCalc.Tests.Support;

/// <summary>A test class's own small October: 12 generated agents as English-headed CSV in <see cref="Input"/>
/// (seed 7, the example's calendar) and an empty database, for tests that break one thing and run the month.</summary>
public abstract class GeneratedOctober : IDisposable
{
    protected static readonly Period October = new(2026, 10);

    protected GeneratedOctober() => new SyntheticInputGenerator().Generate(new GeneratorOptions
    {
        AgentCount = 12,
        Period = October,
        OutputDirectory = Input,
        IsWorkingDay = BankCardCenterExample.October2026Calendar().IsWorkingDay,
        Format = InputFormat.Csv,
        Headers = HeaderLanguage.English,
        Seed = 7,
    });

    /// <summary>The folder holding <see cref="Input"/> and anything else a test writes.</summary>
    protected TempFolder Dir { get; } = new();

    protected TempDatabase Db { get; } = new();

    protected string Input => Dir.File("input");

    protected string InputFile(string name) => Path.Combine(Input, name);

    public void Dispose()
    {
        Db.Dispose();
        Dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
