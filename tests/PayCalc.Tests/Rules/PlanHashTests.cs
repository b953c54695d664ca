using System.Security.Cryptography;
using PayCalc.Rules.Loading;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>The hash recorded with every run covers the plan and every rule file it pulls in.</summary>
public sealed class PlanHashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CopyRules()
    {
        Repo.CopyRules(_folder.Path);
        return Path.Combine(_folder.Path, "plans", "bank-card-center.yaml");
    }

    [Fact]
    public void Load_SameFiles_SameHash_NotJustThePlanFile()
    {
        var plan = CopyRules();

        var first = PlanLoader.Load(plan).FileSha256;

        Assert.Equal(first, PlanLoader.Load(plan).FileSha256);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(plan))), first);
        Assert.Equal(64, first.Length);
    }

    [Theory]
    [InlineData("statutory/cities/shanghai.yaml")]
    [InlineData("statutory/cn-iit.yaml")]
    [InlineData("statutory/cn-payroll.yaml")]
    public void Load_IncludedFileChanged_HashChanges(string included)
    {
        var plan = CopyRules();
        var before = PlanLoader.Load(plan).FileSha256;

        File.AppendAllText(Path.Combine(_folder.Path, included), "\n# reviewed 2026-11\n");

        Assert.NotEqual(before, PlanLoader.Load(plan).FileSha256);
    }
}
