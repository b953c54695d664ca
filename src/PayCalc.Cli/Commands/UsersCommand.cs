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
        var command = new Command("users", "Web app accounts: add HR and finance users, invite agents with one-time activation codes, list who has activated.");
        command.Subcommands.Add(Add(settings));
        command.Subcommands.Add(Invite(settings));
        command.Subcommands.Add(List(settings));
        return command;
    }

    private static Option<string?> Db(PayCalcSettings settings) =>
        new("--db") { Description = $"SQLite database file (default {settings.Database}); the accounts are in the .users.db file beside it." };

    private static Command Add(PayCalcSettings settings)
    {
        var role = new Option<string>("--role") { Description = "hr or finance.", Required = true };
        var name = new Argument<string>("name") { Description = "The user name to log in with." };
        var db = Db(settings);
        var command = new Command("add", "Add an HR or finance user; prints its password once.") { role, name, db };
        command.SetAction(parse => new UserAccounts(Console.Out, Console.Error, TimeProvider.System)
            .Add(parse.GetValue(db) ?? settings.Database, parse.GetValue(role)!, parse.GetValue(name)!));
        return command;
    }

    private static Command Invite(PayCalcSettings settings)
    {
        var period = new Option<string>("--period") { Description = "The month whose payslips name the agents to invite, yyyy-MM.", Required = true };
        var agents = new Option<string?>("--agents") { Description = "Only these agents, comma-separated (default: every agent paid in the month)." };
        var outDir = new Option<string?>("--out") { Description = $"Folder for invitations-<period>.xlsx (default {settings.OutputDirectory})." };
        var at = new Option<string>("--url") { Description = "The address agents activate at, printed on each invitation.", DefaultValueFactory = _ => "/Account/Activate" };
        var db = Db(settings);
        var command = new Command("invite", "Give each agent of a month a one-time activation code, written to invitations-<period>.xlsx to hand out.") { period, agents, outDir, at, db };
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
        var command = new Command("list", "List the agent accounts and whether each has been activated.") { db };
        command.SetAction(parse => new UserAccounts(Console.Out, Console.Error, TimeProvider.System).List(parse.GetValue(db) ?? settings.Database));
        return command;
    }
}
