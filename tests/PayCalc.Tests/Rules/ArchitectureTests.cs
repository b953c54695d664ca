using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PayCalc.Rules.Compilation;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Rules;

/// <summary>
/// The arrows point one way. Inside PayCalc.Rules: the plan model references nothing; the evaluation types (what
/// compiled formulas read: the agent's scope, facts and parameter tables) only the model; the compiler the model
/// and evaluation types; judging (NRules sessions over a computed month) those three; the runtime all four, never the
/// other way. Between projects: everything points inward to the domain, the application layer sits on the libraries
/// (the accounts among them) and the command line and the web app on top.
/// </summary>
public partial class ArchitectureTests
{
    private const string Rules = "PayCalc.Rules";

    /// <summary>What each folder (= namespace) of PayCalc.Rules may use besides itself. A new folder must be placed here.</summary>
    private static readonly Dictionary<string, string[]> AllowedFolders = new()
    {
        // The people-facing texts (RuleMessages, in the root namespace): every layer may say things.
        ["Resources"] = [],
        ["Model"] = [],
        ["Evaluation"] = ["Model"],
        ["Compilation"] = ["Model", "Evaluation"],
        ["Judging"] = ["Model", "Evaluation", "Compilation"],
        ["Runtime"] = ["Model", "Evaluation", "Compilation", "Judging"],
        ["Loading"] = ["Model"],
    };

    /// <summary>What each project may reference. A new project must be placed here.</summary>
    private static readonly Dictionary<string, string[]> AllowedProjects = new()
    {
        ["PayCalc.Domain"] = [],
        ["PayCalc.Rules"] = ["PayCalc.Domain"],
        ["PayCalc.Files"] = ["PayCalc.Domain"],
        ["PayCalc.Storage"] = ["PayCalc.Domain"],
        ["PayCalc.Accounts"] = [],
        ["PayCalc.Application"] = ["PayCalc.Domain", "PayCalc.Rules", "PayCalc.Files", "PayCalc.Storage", "PayCalc.Accounts"],
        ["PayCalc.Cli"] = ["PayCalc.Application", "PayCalc.Domain", "PayCalc.Rules", "PayCalc.Files", "PayCalc.Storage"],
        ["PayCalc.Web"] = ["PayCalc.Application", "PayCalc.Accounts", "PayCalc.Domain", "PayCalc.Storage"],
    };

    // `using PayCalc.Rules.X;` (also static and alias forms), `PayCalc.Rules.X.Name` and, inside PayCalc.Rules,
    // the relative `X.Name`; X is captured.
    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?PayCalc\.Rules\.(\w+)|(?<![\w.])(?:PayCalc\.Rules\.)?(\w+)\.[A-Z]", RegexOptions.Multiline)]
    private static partial Regex FolderReference();

    /// <summary>The folders of PayCalc.Rules that <paramref name="source"/> names (its own included).</summary>
    internal static IReadOnlySet<string> FoldersReferenced(string source, IEnumerable<string> folders)
    {
        var known = folders.ToHashSet(StringComparer.Ordinal);
        return FolderReference().Matches(source)
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(known.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private static string RulesSource => Repo.Path("src", Rules);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RulesSource, folder), "*.cs", SearchOption.AllDirectories);

    private static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(RulesSource).Select(d => Path.GetFileName(d)!).Where(d => d is not ("bin" or "obj"));

    [Fact]
    public void RulesFolders_AreAllPlacedInTheLayering()
    {
        var unplaced = Folders().Where(f => !AllowedFolders.ContainsKey(f)).ToList();
        Assert.Empty(unplaced);
        Assert.Empty(Directory.EnumerateFiles(RulesSource, "*.cs")); // every source file sits in a folder, hence a layer
    }

    [Theory]
    [InlineData("Model")]
    [InlineData("Evaluation")]
    [InlineData("Compilation")]
    [InlineData("Judging")]
    [InlineData("Runtime")]
    [InlineData("Loading")]
    public void RulesFolder_SourceNamesOnlyTheFoldersBelowIt(string folder)
    {
        var allowed = AllowedFolders[folder].Append(folder).ToHashSet(StringComparer.Ordinal);
        var violations = SourceFiles(folder)
            .SelectMany(file => FoldersReferenced(File.ReadAllText(file), AllowedFolders.Keys)
                .Where(f => !allowed.Contains(f))
                .Select(f => $"{Path.GetRelativePath(RulesSource, file)} uses {Rules}.{f}"))
            .ToList();
        Assert.Empty(violations);
    }

    [Fact]
    public void RulesFolders_NoTwoUseEachOther()
    {
        var uses = Folders().ToDictionary(f => f, f => SourceFiles(f)
            .SelectMany(file => FoldersReferenced(File.ReadAllText(file), Folders())).Where(x => x != f).ToHashSet());
        var both = uses.SelectMany(a => a.Value.Where(b => string.CompareOrdinal(a.Key, b) < 0 && uses[b].Contains(a.Key)).Select(b => $"{a.Key} <-> {b}"));
        Assert.Empty(both);
    }

    /// <summary>The scan itself must catch the violation it exists for.</summary>
    [Theory]
    [InlineData("using PayCalc.Rules.Runtime;\nnamespace PayCalc.Rules.Compilation;", "Runtime")]
    [InlineData("namespace PayCalc.Rules.Compilation;\nclass X { PayCalc.Rules.Runtime.PayrollEngine? E; }", "Runtime")]
    [InlineData("namespace PayCalc.Rules.Compilation;\nclass X { Runtime.PayrollEngine? E; }", "Runtime")]
    [InlineData("using static PayCalc.Rules.Runtime.PayrollEngine;", "Runtime")]
    [InlineData("using Engine = PayCalc.Rules.Runtime.PayrollEngine;", "Runtime")]
    public void FoldersReferenced_RuntimeNamedInACompilationFile_IsFound(string source, string expected) =>
        Assert.Contains(expected, FoldersReferenced(source, AllowedFolders.Keys));

    [Fact]
    public void FoldersReferenced_MemberAccessThatLooksLikeAFolder_IsNotAReference() =>
        Assert.DoesNotContain("Runtime", FoldersReferenced("var t = plan.Runtime.Value;", AllowedFolders.Keys));

    [Theory]
    [InlineData("Model", new string[0])]
    [InlineData("Evaluation", new[] { "Model" })]
    [InlineData("Compilation", new[] { "Model", "Evaluation" })]
    public void RulesNamespace_TypeSignaturesUseOnlyTheNamespacesBelowIt(string folder, string[] below)
    {
        var own = $"{Rules}.{folder}";
        var allowed = below.Select(b => $"{Rules}.{b}").Append(own).ToHashSet(StringComparer.Ordinal);
        var types = typeof(PlanCompiler).Assembly.GetTypes().Where(t => t.Namespace == own);
        var violations = types
            .SelectMany(t => SignatureTypes(t).Where(u => u.Namespace?.StartsWith(Rules + ".", StringComparison.Ordinal) == true
                                                         && !allowed.Contains(u.Namespace)).Select(u => $"{t.FullName} uses {u.FullName}"))
            .Distinct().ToList();
        Assert.Empty(violations);
        Assert.NotEmpty(types);
    }

    /// <summary>Every type a type's shape names: base type, interfaces, fields, properties, events, constructor and
    /// method signatures (compiler-generated closures included, so a captured variable counts), with generic
    /// arguments, array elements and by-ref targets unwrapped.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<Type?> direct = [type.BaseType, .. type.GetInterfaces(),
            .. type.GetFields(all).Select(f => f.FieldType),
            .. type.GetProperties(all).Select(p => p.PropertyType),
            .. type.GetEvents(all).Select(e => e.EventHandlerType),
            .. type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType),
            .. type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.IsGenericType ? type.GetGenericArguments() : []];
        return direct.OfType<Type>().SelectMany(Unwrap)
            .Concat(type.GetNestedTypes(all).SelectMany(SignatureTypes));
    }

    private static IEnumerable<Type> Unwrap(Type t)
    {
        if (t.HasElementType) return Unwrap(t.GetElementType()!);
        if (t.IsGenericType && !t.IsGenericTypeDefinition) return t.GetGenericArguments().SelectMany(Unwrap).Prepend(t.GetGenericTypeDefinition());
        return [t];
    }

    /// <summary>A compiled plan is built once and then only read (by every agent of a run, in parallel).</summary>
    [Theory]
    [InlineData(typeof(CompiledPlan))]
    [InlineData(typeof(CompiledComponent))]
    public void CompiledType_HasNoSetterBesidesInit(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var setters = type.GetProperties(all)
            .Where(p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }

    [Fact]
    public void Projects_AreAllPlacedInTheLayering() =>
        Assert.Equal(AllowedProjects.Keys.Order(), ProjectReferences().Keys.Order());

    [Fact]
    public void Projects_ReferenceOnlyTheProjectsBelowThem()
    {
        var violations = ProjectReferences()
            .SelectMany(p => p.Value.Where(r => !AllowedProjects[p.Key].Contains(r)).Select(r => $"{p.Key} -> {r}"));
        Assert.Empty(violations);
    }

    private static Dictionary<string, string[]> ProjectReferences() =>
        Directory.EnumerateFiles(Repo.Path("src"), "*.csproj", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => XDocument.Load(p).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToArray());
}
