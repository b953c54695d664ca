using System.Security.Cryptography;
using PayCalc.Rules.Model;

namespace PayCalc.Rules.Loading;

/// <summary>
/// Loads a plan file into a <see cref="PlanDefinition"/>: <see cref="PlanFileReader"/> and the section readers check
/// its shape (keys, dates, numbers), <see cref="PlanValidator"/> its meaning across files (names, references);
/// expressions are checked by the compiler. All problems are collected and thrown together as a
/// <see cref="RuleLoadException"/>.
/// </summary>
public static class PlanLoader
{
    /// <summary>Loads the plan at <paramref name="path"/>; every file read (plan, includes, city profiles) is recorded in
    /// <paramref name="files"/> when given.</summary>
    public static PlanDefinition Load(string path, RuleFiles? files = null)
    {
        var bytes = RuleFiles.Read(path, RuleFileKind.Plan, files);
        var plan = Parse(System.Text.Encoding.UTF8.GetString(bytes), path, files: files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        var included = plan.Parameters.Select(p => p.File).Concat(plan.Components.Select(c => c.File)).Concat(plan.Cities.Select(c => c.File))
            .Where(f => f.Length > 0 && f != plan.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var file in included)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return plan with { FileSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()) };
    }

    /// <summary>Parses plan text. Included parameter files and the city folder are relative to
    /// <paramref name="directory"/>, by default the folder of <paramref name="file"/>.</summary>
    public static PlanDefinition Parse(string yaml, string file, string sha256 = "", string? directory = null, RuleFiles? files = null)
    {
        var baseDirectory = directory ?? Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var errors = new List<RuleError>();
        var root = RuleFile.ReadRoot(yaml, file, errors);
        if (root is null) throw new RuleLoadException(errors);
        var plan = PlanFileReader.Read(root, file, sha256, baseDirectory, errors, files);
        PlanValidator.Validate(plan, errors);
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return plan;
    }

    /// <summary>Loads a statutory parameter file on its own (e.g. to check its tables); every problem is thrown together.</summary>
    public static IReadOnlyList<ParameterDefinition> LoadParameterFile(string path)
    {
        var errors = new List<RuleError>();
        var parameters = ModuleReader.Read(Path.GetFullPath(path), path, 0, errors).Parameters;
        ParameterValidator.Validate(parameters, errors);
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return parameters;
    }
}
