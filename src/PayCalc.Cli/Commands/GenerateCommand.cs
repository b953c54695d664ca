using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        var agents = new Option<int>("--agents") { Description = ToolText.Get("Generate_OptAgents") };
        var period = new Option<string?>("--period") { Description = ToolText.Get("Generate_OptPeriod") };
        var example = new Option<string?>("--example")
        {
            Description = ToolText.Format("Generate_OptExample", string.Join(ToolText.Get("Generate_Or"), Examples.Keys)),
        };
        var outDir = new Option<string>("--out") { Description = ToolText.Get("Generate_OptOut"), Required = true };
        var format = new Option<string>("--format") { Description = ToolText.Get("Generate_OptFormat"), DefaultValueFactory = _ => "csv" };
        var headers = new Option<string>("--headers") { Description = ToolText.Get("Generate_OptHeaders"), DefaultValueFactory = _ => "english" };
        var seed = new Option<int>("--seed") { Description = ToolText.Get("Generate_OptSeed"), DefaultValueFactory = _ => 1 };
        var command = new Command("generate", ToolText.Get("Generate_Command"))
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
                Console.Out.WriteLine(ToolText.Format("Generate_WroteExample", name, written.Agents.ToString("N0", CultureInfo.CurrentCulture), written.ShiftRows.ToString("N0", CultureInfo.CurrentCulture),
                    written.Deals.ToString("N0", CultureInfo.CurrentCulture), parse.GetValue(outDir), string.Join(", ", written.Files.Select(Path.GetFileName))));
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
            Console.Error.WriteLine(ToolText.Format("Generate_Generating", parse.GetValue(agents).ToString("N0", CultureInfo.CurrentCulture), p));
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
            Console.Out.WriteLine(ToolText.Format("Generate_Wrote", summary.Agents.ToString("N0", CultureInfo.CurrentCulture), summary.ShiftRows.ToString("N0", CultureInfo.CurrentCulture),
                summary.LeaveRows.ToString("N0", CultureInfo.CurrentCulture), summary.Deals.ToString("N0", CultureInfo.CurrentCulture), parse.GetValue(outDir), sw.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture)));
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
