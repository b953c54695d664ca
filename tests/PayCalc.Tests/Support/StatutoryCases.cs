using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace PayCalc.Tests.Support;

/// <summary>One case of a YAML case file: an agent and the lines expected in each month.</summary>
public sealed record StatutoryCase(string Name, Agent Agent, IReadOnlyList<(Period Period, IReadOnlyDictionary<string, decimal> Lines)> Months);

/// <summary>
/// Reads and runs <c>rules/statutory/cases/*.yaml</c>: each case runs the plan month after month through
/// <see cref="NetPay"/> and reports every line that differs (an empty list = the case passes).
/// </summary>
public static class StatutoryCases
{
    public static (string PlanPath, IReadOnlyList<StatutoryCase> Cases) Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var plan = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Text(root, "plan")));
        var cases = new List<StatutoryCase>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
        {
            var a = (YamlMappingNode)node.Children[new YamlScalarNode("agent")];
            string? Opt(string key) => a.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
            decimal? Num(string key) => Opt(key) is { } t ? decimal.Parse(t, CultureInfo.InvariantCulture) : null;
            var agent = NetPay.Agent(baseSalary: Num("base_salary") ?? throw new InvalidDataException("base_salary is required"),
                contributionBase: Num("contribution_base"), hfRate: Num("housing_fund_rate"), additional: Num("special_additional_deduction"),
                city: Opt("city"), hired: Opt("hire_date") ?? "2025-03-01", probationEnd: Opt("probation_end"),
                firstIncome: Opt("first_income_of_year") == "true", lowIncome: Opt("prior_year_low_income") == "true");
            var months = ((YamlMappingNode)node.Children[new YamlScalarNode("months")]).Children
                .Select(m => (Period.Parse(((YamlScalarNode)m.Key).Value!),
                    (IReadOnlyDictionary<string, decimal>)((YamlMappingNode)m.Value).Children.ToDictionary(
                        l => ((YamlScalarNode)l.Key).Value!, l => decimal.Parse(((YamlScalarNode)l.Value).Value!, CultureInfo.InvariantCulture))))
                .ToList();
            cases.Add(new StatutoryCase(Text(node, "name"), agent, months));
        }
        return (plan, cases);
    }

    /// <summary>Every difference between the expected and computed lines, as "yyyy-MM code: expected x, got y".</summary>
    public static IReadOnlyList<string> Run(string planPath, StatutoryCase c)
    {
        var definition = PlanLoader.Load(planPath);
        var run = new NetPay(p => PlanCompiler.Compile(definition, p));
        var problems = new List<string>();
        foreach (var (period, lines) in c.Months.OrderBy(m => m.Period))
        {
            var slip = run.Month(period, [c.Agent]).Payslips.Single();
            foreach (var (code, expected) in lines)
                if (slip.Amount(code) != expected) problems.Add($"{period} {code}: expected {expected}, got {slip.Amount(code)}");
        }
        return problems;
    }

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
