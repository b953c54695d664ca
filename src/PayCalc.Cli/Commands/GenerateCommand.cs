using System.CommandLine;
using System.Diagnostics;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Files.Generate;
using PayCalc.Rules.Loading;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc generate --agents N --period P --out DIR</c>: a realistic synthetic input folder
/// (every shift type, leave, hires, leavers, deals) that imports without errors, for tests and benchmarks.</summary>
public static class GenerateCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var agents = new Option<int>("--agents") { Description = "Number of agents (required unless --example)." };
        var period = new Option<string?>("--period") { Description = "Month, yyyy-MM (required unless --example)." };
        var example = new Option<string?>("--example")
        {
            Description = $"Write a shipped example input folder instead of synthetic data: {string.Join(" or ", Examples.Keys)}.",
        };
        var outDir = new Option<string>("--out") { Description = "Folder to write into (created if missing).", Required = true };
        var format = new Option<string>("--format") { Description = "csv or xlsx.", DefaultValueFactory = _ => "csv" };
        var headers = new Option<string>("--headers") { Description = "english or chinese column headers.", DefaultValueFactory = _ => "english" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write a realistic synthetic input folder for testing and benchmarks, or (--example) rebuild a shipped example folder.")
        {
            agents, period, outDir, format, headers, seed, example,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(example) is { } name)
            {
                if (!Examples.TryGetValue(name, out var write))
                {
                    Console.Error.WriteLine(Messages.Format("Cli_BadExample", string.Join(" / ", Examples.Keys), name));
                    return PayrollRunner.BadInput;
                }
                var written = write(parse.GetValue(outDir)!);
                Console.Out.WriteLine($"wrote example {name}: {written.Agents:N0} agents, {written.ShiftRows:N0} shift rows, " +
                    $"{written.Deals:N0} deals to {parse.GetValue(outDir)} ({string.Join(", ", written.Files.Select(Path.GetFileName))})");
                return PayrollRunner.Ok;
            }

            if (!Period.TryParse(parse.GetValue(period), out var p) || parse.GetValue(agents) <= 0
                || !Enum.TryParse<InputFormat>(parse.GetValue(format), true, out var f)
                || !Enum.TryParse<HeaderLanguage>(parse.GetValue(headers), true, out var h))
            {
                Console.Error.WriteLine(Messages.Get("Cli_BadGenerateOptions"));
                return PayrollRunner.BadInput;
            }
            var calendar = CalendarLoader.LoadAll(Path.Combine(settings.RulesDirectory, "calendars"), "cn");
            var sw = Stopwatch.StartNew();
            Console.Error.WriteLine($"generating {parse.GetValue(agents):N0} agents for {p} ...");
            var summary = new SyntheticInputGenerator().Generate(new GeneratorOptions
            {
                AgentCount = parse.GetValue(agents),
                Period = p,
                OutputDirectory = parse.GetValue(outDir)!,
                IsWorkingDay = calendar.IsWorkingDay,
                Format = f,
                Headers = h,
                Seed = parse.GetValue(seed),
                AgentIdDigits = Math.Max(3, parse.GetValue(agents).ToString().Length),
            });
            Console.Out.WriteLine($"wrote {summary.Agents:N0} agents, {summary.ShiftRows:N0} shift rows, {summary.LeaveRows:N0} leave rows, " +
                $"{summary.Deals:N0} deals to {parse.GetValue(outDir)} in {sw.Elapsed.TotalSeconds:0.0} s");
            return PayrollRunner.Ok;
        });
        return command;
    }

    /// <summary>Shipped example folders written by their generator code (plan 1's folders have their own writer).</summary>
    private static readonly IReadOnlyDictionary<string, Func<string, GenerationSummary>> Examples =
        new Dictionary<string, Func<string, GenerationSummary>>(StringComparer.Ordinal)
        {
            ["ecommerce-aftersales"] = folder => EcommerceAftersalesExample.Write(folder),
        };
}
