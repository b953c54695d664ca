using System.CommandLine;
using PayCalc.Application;
using PayCalc.Files.Generate;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc example --out DIR</c>: rewrites the bank-card-center example input folders (one per month,
/// with ytd.xlsx opening balances) exactly as shipped in <c>examples/bank-card-center</c>.</summary>
public static class ExampleCommand
{
    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Root folder; each month goes to <out>/yyyy-MM.", Required = true };
        var command = new Command("example", "Write the bank-card-center example input folders (2026-10 to 2026-12, with ytd opening balances).") { outDir };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(outDir)!;
            BankCardCenterExample.WriteAll(root);
            foreach (var p in BankCardCenterExample.Periods) Console.Out.WriteLine($"wrote {Path.Combine(root, p.ToString())}");
            return PayrollRunner.Ok;
        });
        return command;
    }
}
