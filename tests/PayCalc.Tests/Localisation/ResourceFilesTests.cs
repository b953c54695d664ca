using System.Text.RegularExpressions;
using System.Xml.Linq;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Localisation;

/// <summary>
/// Every <c>src/**/Resources/*.resx</c> with an English sibling <c>*.en.resx</c>: the same keys in both, the same
/// <c>{n}</c> placeholders in each pair of texts, and no empty text. A key missing in one language would show the
/// other language (or throw); a placeholder missing in one would drop a value from the sentence.
/// </summary>
public sealed partial class ResourceFilesTests
{
    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Path("src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Resources" && !f.Contains("/bin/") && !f.Contains("/obj/")
                                 && !Path.GetFileNameWithoutExtension(f).Contains('.'))
                     .Where(f => File.Exists(EnglishOf(f)))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repo.Root, file));
        return data;
    }

    private static string EnglishOf(string neutral) => Path.ChangeExtension(neutral, ".en.resx");

    private static Dictionary<string, string> Texts(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());

    [Fact]
    public void TheProjectsResourcesAreFound() =>
        Assert.Contains(Path.Combine("src", "PayCalc.Files", "Resources", "Messages.resx"), ((IEnumerable<object[]>)Pairs()).Select(p => (string)p[0]));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ChineseAndEnglish_HaveTheSameKeysAndPlaceholders_AndNoEmptyText(string relative)
    {
        var zhPath = Repo.Path(relative);
        var zh = Texts(zhPath);
        var en = Texts(EnglishOf(zhPath));
        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        var problems = new List<string>();
        foreach (var (key, text) in zh)
        {
            if (text.Trim().Length == 0) problems.Add($"{key}: empty Chinese text");
            if (en[key].Trim().Length == 0) problems.Add($"{key}: empty English text");
            if (Placeholders(text) != Placeholders(en[key])) problems.Add($"{key}: placeholders {{{Placeholders(text)}}} in Chinese, {{{Placeholders(en[key])}}} in English");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PlaceholderCheck_CatchesAMissingPlaceholder() =>
        Assert.NotEqual(Placeholders("工号重复（首次出现在第 {0} 行）"), Placeholders("duplicate agent id"));
}
