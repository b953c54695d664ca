using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PayCalc.Accounts;
using PayCalc.Domain;
using PayCalc.Files.Export;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc users</c>: HR adds HR and finance users, invites a month's agents (one-time activation codes, written to a
/// workbook to hand out) and sees who has activated. The accounts file is the one beside the payroll database, as the
/// web app reads it. Exit codes as <c>run</c>: 0 done, 1 refused (said in one line).
/// </summary>
public sealed class UserAccounts(TextWriter output, TextWriter errors, TimeProvider time)
{
    /// <summary>Adds an HR or finance user and prints its password once.</summary>
    public int Add(string databasePath, string role, string userName)
    {
        using var services = AccountStore.Services(databasePath, time);
        using var scope = services.CreateScope();
        try
        {
            var password = scope.ServiceProvider.GetRequiredService<AccountStore>().AddStaffAsync(role, userName).GetAwaiter().GetResult();
            output.WriteLine(ToolText.Format("Users_Added", role, userName, password));
            return PayrollRunner.Ok;
        }
        catch (AccountException ex)
        {
            errors.WriteLine(ToolText.Format("Users_AddFailed", ex.Message));
            return PayrollRunner.Failure;
        }
    }

    /// <summary>
    /// Invites the agents with a payslip in <paramref name="period"/>'s stored run (or only <paramref name="agentIds"/>
    /// of them): writes <c>invitations-&lt;period&gt;.xlsx</c> to <paramref name="outputFolder"/> with each code.
    /// </summary>
    public int Invite(string databasePath, Period period, IReadOnlyCollection<string>? agentIds, string outputFolder, string activateAt)
    {
        if (!File.Exists(databasePath))
        {
            errors.WriteLine(ToolText.Format("Users_InviteNoDatabase", databasePath));
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, PayrollDatabase.DefaultBusyTimeoutSeconds, errors);
        var roster = store.Runs.ReadPayees(period);
        if (roster.Count == 0)
        {
            errors.WriteLine(ToolText.Format("Users_InviteNoRun", period.ToString()));
            return PayrollRunner.Failure;
        }
        if (agentIds is not null && agentIds.Where(a => roster.All(r => r.AgentId != a)).ToList() is { Count: > 0 } unknown)
        {
            errors.WriteLine(ToolText.Format("Users_InviteUnknown", period.ToString(), string.Join(", ", unknown)));
            return PayrollRunner.Failure;
        }
        var chosen = roster.Where(r => agentIds is null || agentIds.Contains(r.AgentId)).ToList();
        using var services = AccountStore.Services(databasePath, time);
        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<AccountStore>()
            .InviteAsync(chosen.Select(r => (r.AgentId, r.Name))).GetAwaiter().GetResult();
        var teams = chosen.ToDictionary(r => r.AgentId, r => r.Team, StringComparer.Ordinal);
        var path = Path.Combine(outputFolder, $"invitations-{period}.xlsx");
        new InvitationWorkbookWriter().Write(invitations.Select(i => new InvitationRow(i.AgentId, i.Name, teams[i.AgentId], i.Code)).ToList(),
            activateAt, path, time.GetUtcNow());
        var codes = invitations.Count(i => i.Code is not null);
        output.WriteLine(ToolText.Format("Users_Invited", codes.ToString(CultureInfo.InvariantCulture), (invitations.Count - codes).ToString(CultureInfo.InvariantCulture), path));
        return PayrollRunner.Ok;
    }

    /// <summary>Lists every agent account and whether it has been activated.</summary>
    public int List(string databasePath)
    {
        using var services = AccountStore.Services(databasePath, time);
        using var scope = services.CreateScope();
        var agents = scope.ServiceProvider.GetRequiredService<AccountStore>().AgentAccountsAsync().GetAwaiter().GetResult();
        foreach (var (agentId, activatedAt) in agents) output.WriteLine($"  {agentId,-12} {(activatedAt is null ? ToolText.Get("Users_NotActivated") : ToolText.Format("Users_Activated", activatedAt))}");
        output.WriteLine(ToolText.Format("Users_ListSummary", agents.Count.ToString(CultureInfo.InvariantCulture), agents.Count(a => a.ActivatedAt is not null).ToString(CultureInfo.InvariantCulture)));
        return PayrollRunner.Ok;
    }
}
