using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Files.Import;
using PayCalc.Tests.Files.Import;

namespace PayCalc.Tests.Files.Generate;

public class SyntheticInputGeneratorTests
{
    private static readonly Period October = new(2026, 10);

    private static GeneratorOptions Options(string dir, int agents, InputFormat format, HeaderLanguage language, int seed = 7) => new()
    {
        AgentCount = agents,
        Period = October,
        OutputDirectory = dir,
        IsWorkingDay = BankCardCenterExample.October2026Calendar().IsWorkingDay,
        Format = format,
        Headers = language,
        Seed = seed,
    };

    [Theory]
    [InlineData(InputFormat.Csv, HeaderLanguage.English)]
    [InlineData(InputFormat.Csv, HeaderLanguage.Chinese)]
    [InlineData(InputFormat.Xlsx, HeaderLanguage.English)]
    [InlineData(InputFormat.Xlsx, HeaderLanguage.Chinese)]
    public void Generate_300Agents_ImportsWithZeroErrors(InputFormat format, HeaderLanguage language)
    {
        using var folder = new TempFolder();
        var summary = new SyntheticInputGenerator().Generate(Options(folder.Path, 300, format, language));

        var result = new InputFolderReader(ShippedPlanHeaders.Options).Read(folder.Path, October);

        Assert.Empty(result.Errors);
        Assert.Equal(300, summary.Agents);
        Assert.Equal(300, result.Input.Agents.Count);
        Assert.Equal(summary.ShiftRows, result.Input.Shifts.Count);
        Assert.Equal(summary.LeaveRows, result.Input.Leave.Count);
        Assert.Equal(summary.Deals, result.Input.Deals.Count);
        Assert.Equal(300, result.Input.Metrics.Count);
        Assert.Empty(result.Input.Warnings);
    }
}
