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
        var outDir = new Option<string>("--out") { Description = ToolText.Get("Example_OptOut"), Required = true };
        var command = new Command("example", ToolText.Get("Example_Command")) { outDir };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(outDir)!;
            BankCardCenterExample.WriteAll(root);
            foreach (var p in BankCardCenterExample.Periods) Console.Out.WriteLine(ToolText.Format("Example_Wrote", Path.Combine(root, p.ToString())));
            return PayrollRunner.Ok;
        });
        return command;
    }
}
