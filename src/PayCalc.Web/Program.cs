using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using PayCalc.Accounts;
using PayCalc.Application;
using PayCalc.Storage;
using PayCalc.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("PAYCALC_");
var settings = WebSettings.From(builder.Configuration);
if (settings.Demo && builder.Environment.IsDevelopment())
{
    try
    {
        settings = DemoData.Prepare(settings, Console.Out);
    }
    catch (InvalidOperationException ex)
    {
        Console.Error.WriteLine($"PayCalc demo: {ex.Message}");
        return 1;
    }
}

if (!File.Exists(settings.Database))
{
    // The web app reads what the command line stored; it never starts an empty payroll database of its own.
    Console.Error.WriteLine($"PayCalc web: there is no payroll database at {Path.GetFullPath(settings.Database)}; set PayCalc:Database " +
        "(or PAYCALC_DATABASE) to the file paycalc run writes.");
    return 1;
}
builder.Services.AddSingleton(settings);
// Chinese text stays text in the pages (the default encoder writes every non-Latin letter as &#x...;).
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton(TimeProvider.System);
// One store for the app's life: opening it checks (and upgrades) the schema once; each read opens its own connection.
builder.Services.AddSingleton(sp => Database.Open(settings.Database, sp.GetRequiredService<TimeProvider>(), PayrollDatabase.DefaultBusyTimeoutSeconds, TextWriter.Null));
builder.Services.AddSingleton(sp => new PayPages(sp.GetRequiredService<PayrollStore>()));
// The preview's rules are compiled once per preview and kept for the app's life (an estimate is then a team's computation).
builder.Services.AddSingleton<PreviewRules>();
builder.Services.AddSingleton(sp => new Estimates(sp.GetRequiredService<PayrollStore>(), sp.GetRequiredService<PreviewRules>()));

builder.Services.AddUsersDatabase(settings.Database);
builder.Services.AddIdentity<PayCalcUser, IdentityRole>(IdentitySetup.Configure)
    .AddEntityFrameworkStores<UsersDbContext>()
    .AddClaimsPrincipalFactory<AgentClaims>();
builder.Services.AddScoped<AccountStore>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.Cookie.Name = "paycalc";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.Events = new CookieAuthenticationEvents
    {
        // The API answers with a status, not a login page.
        OnRedirectToLogin = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            else context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        },
        // What a role may not see answers as if it did not exist: nothing tells an agent that another agent's page is there.
        OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        },
    };
});
builder.Services.AddAuthorization(Policies.Add);
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Me", Policies.Agent);
    options.Conventions.AuthorizeFolder("/Hr", Policies.Staff);
    options.Conventions.AllowAnonymousToFolder("/Account");
});

var app = builder.Build();
using (var scope = app.Services.CreateScope())
    await scope.ServiceProvider.GetRequiredService<AccountStore>().EnsureCreatedAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
    app.UseHttpsRedirection();
}
// Pages get a page for 401/404; the API keeps its bare status.
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
var cultures = new[] { new CultureInfo("zh-CN"), new CultureInfo("en") };
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("zh-CN"),
    SupportedCultures = cultures,
    SupportedUICultures = cultures,
    RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
});
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapPayApi();
await app.RunAsync();
return 0;

/// <summary>The web app's entry point (public for the integration tests' <c>WebApplicationFactory</c>).</summary>
public partial class Program;
