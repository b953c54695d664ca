using Microsoft.Extensions.DependencyInjection;
using OfficeOpenXml;
using PayCalc.Accounts;
using PayCalc.Application;
using PayCalc.Domain;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Web;

/// <summary><c>paycalc users</c>: HR and finance users with a password shown once; agents invited from a month's payslips
/// with one-time codes in a workbook; an invited agent activates with the code, once.</summary>
public sealed class UserAccountsTests : IDisposable
{
    private static readonly Period October = new(2026, 10);
    private readonly ExampleMonthRuns _runs = new();
    private readonly TempFolder _out = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    // English texts asserted; ToolLanguageTests covers the Chinese default.
    private readonly UiCulture _english = UiCulture.Use("en");

    public UserAccountsTests() => Assert.Equal(0, _runs.Run(October).Exit);

    public void Dispose()
    {
        _runs.Dispose();
        _out.Dispose();
        UsersFile.DeleteBeside(_runs.Db.Path);
        _english.Dispose();
    }

    private UserAccounts Users => new(_output, _errors, _runs.Clock);

    private async Task<bool> Activate(string agentId, string code, string password)
    {
        using var services = AccountStore.Services(_runs.Db.Path);
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountStore>().ActivateAsync(agentId, code, password);
    }

    private List<(string AgentId, string Code)> Codes()
    {
        using var package = new ExcelPackage(new FileInfo(Path.Combine(_out.Path, "invitations-2026-10.xlsx")));
        var sheet = package.Workbook.Worksheets.First();
        return Enumerable.Range(2, sheet.Dimension.End.Row - 1).Select(r => (sheet.Cells[r, 1].Text, sheet.Cells[r, 4].Text)).ToList();
    }

    [Fact]
    public void Add_HrUser_PrintsAPasswordOnce_ThatLogsIn_AndTheNameCannotBeTakenAgain()
    {
        Assert.Equal(PayrollRunner.Ok, Users.Add(_runs.Db.Path, Roles.Hr, "li.hr"));
        Assert.Contains("password", _output.ToString());

        Assert.Equal(PayrollRunner.Failure, Users.Add(_runs.Db.Path, Roles.Finance, "li.hr"));
        Assert.Equal("paycalc users add: user 'li.hr' already exists.", _errors.ToString().Trim());
    }

    [Fact]
    public void Add_AgentRole_IsRefusedInOneLine()
    {
        Assert.Equal(PayrollRunner.Failure, Users.Add(_runs.Db.Path, Roles.Agent, "A001"));

        Assert.Single(_errors.ToString().Trim().Split('\n'));
        Assert.Contains("agents are invited", _errors.ToString());
    }

    [Fact]
    public async Task Invite_TheMonthsAgents_CodesInTheWorkbook_EachActivatesOnce()
    {
        Assert.Equal(PayrollRunner.Ok, Users.Invite(_runs.Db.Path, October, null, _out.Path, "https://pay.example/Account/Activate"));

        var codes = Codes();
        Assert.Equal(45, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-HJ-NP-Z2-9]{10}$", c.Code));
        Assert.Equal(45, codes.Select(c => c.Code).Distinct().Count());
        Assert.DoesNotContain(codes[0].Code, _output.ToString());
        var a001 = codes.Single(c => c.AgentId == "A001").Code;
        Assert.False(await Activate("A001", codes.Single(c => c.AgentId == "A002").Code, "first-pass-1"));
        Assert.True(await Activate("A001", a001.ToLowerInvariant(), "first-pass-1"));
        Assert.False(await Activate("A001", a001, "second-pass-2"));

        // Invited again: the activated agent keeps their password, the others get new codes.
        Assert.Equal(PayrollRunner.Ok, Users.Invite(_runs.Db.Path, October, ["A001", "A002"], _out.Path, "/Account/Activate"));
        var again = Codes();
        Assert.Equal(("A001", ""), again[0]);
        Assert.NotEqual(codes.Single(c => c.AgentId == "A002").Code, again[1].Code);
        Assert.False(await Activate("A002", codes.Single(c => c.AgentId == "A002").Code, "first-pass-1"));
    }

    [Fact]
    public void Invite_AnAgentNotPaidInTheMonth_ChangesNothing()
    {
        Assert.Equal(PayrollRunner.Failure, Users.Invite(_runs.Db.Path, October, ["A001", "Z999"], _out.Path, "/Account/Activate"));

        Assert.Contains("Z999", _errors.ToString());
        Assert.False(File.Exists(Path.Combine(_out.Path, "invitations-2026-10.xlsx")));
    }

    [Fact]
    public async Task Activate_AWeakPassword_SaysWhatIsMissing_AndTheCodeStillWorks()
    {
        Users.Invite(_runs.Db.Path, October, ["A003"], _out.Path, "/Account/Activate");
        var code = Codes().Single().Code;

        var ex = await Assert.ThrowsAsync<AccountException>(() => Activate("A003", code, "short"));

        Assert.Contains("8", ex.Message);
        Assert.True(await Activate("A003", code, "long-enough-1"));
    }
}
