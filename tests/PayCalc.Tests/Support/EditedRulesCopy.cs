using PayCalc.Tests.Files.Import;

namespace PayCalc.Tests.Support;

/// <summary>A test class's own copy of the shipped rules folder, for tests that edit one thing in it and compare with
/// the shipped plan (<c>rules diff</c> and its words); deleted on dispose.</summary>
public abstract class EditedRulesCopy : IDisposable
{
    /// <summary>The folder holding the copy (<c>rules/</c> inside it) and anything else a test writes.</summary>
    protected TempFolder Folder { get; } = new();

    protected EditedRulesCopy() => Repo.CopyRules(Path.Combine(Folder.Path, "rules"));

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static string ShippedPlan => Repo.Path("rules", "plans", "bank-card-center.yaml");

    protected string CopiedPlan => Copied("plans", "bank-card-center.yaml");

    /// <summary>A path inside the copy's rules folder.</summary>
    protected string Copied(params string[] parts) => Path.Combine([Folder.Path, "rules", .. parts]);

    /// <summary>Replaces <paramref name="from"/> (which must be there) with <paramref name="to"/> in a copied file.</summary>
    protected static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}
