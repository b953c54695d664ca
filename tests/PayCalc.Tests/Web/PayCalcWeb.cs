extern alias web;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PayCalc.Accounts;
using PayCalc.Domain;
using PayCalc.Tests.Cli;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Web;

/// <summary>
/// The web app over a database holding the bank-card-center example's October and November and a preview of December, with accounts: agents A001
/// and A002, HR <c>hr</c>, finance <c>finance</c> (password <see cref="Password"/> each). Served in memory over https,
/// in environment <c>Testing</c> (production settings: secure cookies, no demo).
/// </summary>
public partial class PayCalcWeb : WebApplicationFactory<web::Program>
{
    public const string Password = "test-pass-1";

    private readonly ExampleMonthRuns _runs = new();
    private readonly string _environment;

    public PayCalcWeb() : this("Testing")
    {
    }

    /// <param name="environment">The host environment: <c>Testing</c> (production settings) by default; browser tests
    /// serve plain http on a real port, so they run as <c>Development</c> (cookies not marked secure), without the demo.</param>
    protected PayCalcWeb(string environment)
    {
        _environment = environment;
        foreach (var period in new[] { new Period(2026, 10), new Period(2026, 11) })
            Assert.Equal(0, _runs.Run(period).Exit);
        // December so far, as HR stores it for agents' estimates: a preview, never a run.
        Assert.Equal(0, _runs.Preview(new Period(2026, 12)).Exit);
        using var services = AccountStore.Services(_runs.Db.Path);
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountStore>();
        foreach (var (user, role) in new[] { ("A001", Roles.Agent), ("A002", Roles.Agent), ("hr", Roles.Hr), ("finance", Roles.Finance) })
            accounts.AddUserAsync(user, Password, role).GetAwaiter().GetResult();
    }

    public string DatabasePath => _runs.Db.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("PayCalc:Demo", "false");
        builder.UseSetting("PayCalc:Database", _runs.Db.Path);
        builder.UseSetting("PayCalc:RulesDirectory", Repo.Path("rules"));
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) on https.</summary>
    public HttpClient Browser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    /// <summary>A client logged in as <paramref name="user"/> through the login form.</summary>
    public async Task<HttpClient> LoggedIn(string user)
    {
        var client = Browser();
        var response = await LogIn(client, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the login form with its antiforgery token, as a browser does.</summary>
    public static async Task<HttpResponseMessage> LogIn(HttpClient client, string user, string password)
    {
        var token = await FormToken(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/> (its cookie is kept by the client).</summary>
    public static async Task<string> FormToken(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no form token on {page}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _runs.Dispose();
        UsersFile.DeleteBeside(_runs.Db.Path);
    }
}
