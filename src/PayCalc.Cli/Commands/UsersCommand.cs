using System.CommandLine;
using PayCalc.Application;
using PayCalc.Domain;

namespace PayCalc.Cli.Commands;

/// <summary><c>paycalc users add|invite|list</c>: the web app's accounts, managed by HR. Parses and prints only;
/// <see cref="UserAccounts"/> does the work.</summary>
public static class UsersCommand
{
    public static Command Create(PayCalcSettings settings)
    {
        var command = new Command("users", ToolText.Get("Users_Command"));
        command.Subcommands.Add(Add(settings));
        command.Subcommands.Add(Invite(settings));
        command.Subcommands.Add(List(settings));
        return command;
    }

    private static Option<string?> Db(PayCalcSettings settings) =>
        new("--db") { Description = ToolText.Format("Users_OptDb", settings.Database) };

    private static Command Add(PayCalcSettings settings)
    {
        var role = new Option<string>("--role") { Description = ToolText.Get("Users_OptRole"), Required = true };
        var name = new Argument<string>("name") { Description = ToolText.Get("Users_ArgName") };
        var db = Db(settings);
        var command = new Command("add", ToolText.Get("Users_AddCommand")) { role, name, db };
        command.SetAction(parse => new UserAccounts(Console.Out, Console.Error, TimeProvider.System)
            .Add(parse.GetValue(db) ?? settings.Database, parse.GetValue(role)!, parse.GetValue(name)!));
        return command;
    }

    private static Command Invite(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = ToolText.Get("Users_OptPeriod"), Required = true };
        var agents = new Option<string?>("--agents") { Description = ToolText.Get("Users_OptAgents") };
        var outDir = new Option<string?>("--out") { Description = ToolText.Format("Users_OptOut", settings.OutputDirectory) };
        var at = new Option<string>("--url") { Description = ToolText.Get("Users_OptUrl"), DefaultValueFactory = _ => "/Account/Activate" };
        var db = Db(settings);
        var command = new Command("invite", ToolText.Get("Users_InviteCommand")) { period, agents, outDir, at, db };
        command.SetAction(parse =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine(Messages.Format("Cli_BadPeriod", parse.GetValue(period)));
                return PayrollRunner.BadInput;
            }
            var only = parse.GetValue(agents)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new UserAccounts(Console.Out, Console.Error, TimeProvider.System).Invite(parse.GetValue(db) ?? settings.Database, p, only,
                parse.GetValue(outDir) ?? settings.OutputDirectory, parse.GetValue(at)!);
        });
        return command;
    }

    private static Command List(PayCalcSettings settings)
    {
        var db = Db(settings);
        var command = new Command("list", ToolText.Get("Users_ListCommand")) { db };
        command.SetAction(parse => new UserAccounts(Console.Out, Console.Error, TimeProvider.System).List(parse.GetValue(db) ?? settings.Database));
        return command;
    }
}
