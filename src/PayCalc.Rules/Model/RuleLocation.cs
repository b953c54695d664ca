using System.Globalization;

namespace PayCalc.Rules.Model;

/// <summary>Where a rule is written, as a trace shows it: the same wherever PayCalc runs, unlike the paths in load
/// errors (which are relative to the working folder so they can be opened from there).</summary>
public static class RuleLocation
{
    /// <summary>The file's folder and name and the line: <c>plans/bank-card-center.yaml:130</c>.</summary>
    public static string Of(string file, int line) => $"{FileOf(file)}:{line.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The file's folder and name: <c>statutory/cn-iit.yaml</c>.</summary>
    public static string FileOf(string file)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(file) ?? "");
        return folder.Length == 0 ? Path.GetFileName(file) : $"{folder}/{Path.GetFileName(file)}";
    }
}
