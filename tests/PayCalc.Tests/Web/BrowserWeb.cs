using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Web;

/// <summary>
/// The web app on a real port (Kestrel) and Debian's Chromium driven by Playwright (its own browser download is not
/// possible here). Chromium and the CJK fonts are installed with apt when missing (as root, as on CI); the test fails
/// with what to install otherwise. Screenshots go to <c>docs/screenshots/</c>.
/// </summary>
public sealed class BrowserWeb : PayCalcWeb, IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserWeb() : base("Development") => UseKestrel(0);

    public IBrowser Chrome { get; private set; } = null!;

    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        DebianPackages.EnsureInstalled(Chromium, "chromium", "fonts-noto-cjk");
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Chrome = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A new phone-sized page (390 x 844, as an iPhone 12-15) with its own cookies.</summary>
    public async Task<IPage> PhonePage()
    {
        var context = await Chrome.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            BaseURL = Address,
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the login page as a person would.</summary>
    public static async Task LogIn(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", Password);
        await page.ClickAsync("button[type=submit]");
    }

    public static string Screenshot(string name) => Repo.Path("docs", "screenshots", name);

    public new async Task DisposeAsync()
    {
        if (Chrome is not null) await Chrome.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
