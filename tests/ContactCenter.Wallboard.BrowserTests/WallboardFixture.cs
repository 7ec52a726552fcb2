using ContactCenter.Dashboard.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The real app on loopback (embedded silo, simulator off, security on) and one headless Debian
/// chromium driven by Playwright, shared by the collection. Each test opens its own browser
/// contexts and signs in through the /login page as the demo users (sam.supervisor: team t1 and
/// queue q1; ada.agent: agent a1 of team t1; ari.admin) or kim, a second supervisor of t1 and q1.
/// Events are posted as a connector, with an API key.
/// </summary>
public sealed class WallboardFixture() : FloorApp(Options()), IAsyncLifetime
{
    public const string ConnectorKey = "browser-tests-connector-key";
    public const string Kim = "kim";
    public const string KimPassword = "kim-password-for-browser-tests";
    public const string Sam = "sam.supervisor";
    public const string Ada = "ada.agent";
    public const string AdaAgentId = "a1";
    public const string Ari = "ari.admin";

    /// <summary>The team and queue sam and kim supervise: scenarios a supervisor must see use these.</summary>
    public const string Team = "t1";
    public const string Queue = "q1";

    /// <summary>
    /// A screen's first render: the server compiling the page or starting a circuit on a busy
    /// machine (or wallboard.js bringing a failed start back) may take longer than Playwright's five seconds.
    /// </summary>
    public static readonly LocatorAssertionsToBeVisibleOptions FirstRender = new() { Timeout = 20_000 };
    public const string QueueName = "Billing";
    public const string TeamName = "North";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: test-results/ at the repository root.</summary>
    public static string ResultsFolder => Chromium.ResultsFolder;

    private IPlaywright? playwright;

    /// <summary>A telephony connector: posts events with the connector key in X-Api-Key.</summary>
    public HttpClient Http() => Connector(ConnectorKey);

    /// <summary>The password of a user the fixture knows: the demo users' published one, or kim's.</summary>
    public static string PasswordOf(string username) => username == Kim ? KimPassword : DemoUsers.Password;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath(),
            Headless = true,
            Args = Chromium.Args,
        });

        // The first batch a fresh product takes pays for compiling its path and opening its state
        // file (about half a second): tests that time alerts measure the floor, not that.
        var now = DateTimeOffset.UtcNow;
        await Http().PostAsync(
            Events.LoggedIn("warm-up-agent", "warm-up-team", "warm-up-queue", now.AddMinutes(-2)),
            Events.Queued("warm-up-call", "warm-up-queue", now.AddSeconds(-60)),
            Events.Answered("warm-up-call", "warm-up-agent", now.AddSeconds(-50)),
            Events.Held("warm-up-call", now.AddSeconds(-40)));
    }

    /// <summary>A fresh browser context (no cookie: nobody signed in) on <paramref name="path"/>, in the browser language <paramref name="locale"/>.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1920, int height = 1080, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>
    /// Opens <paramref name="path"/> as a stranger, is sent to the sign-in page, signs in there as
    /// <paramref name="username"/> and is brought back to <paramref name="path"/>.
    /// </summary>
    public async Task<IPage> SignInAsync(string username, string path, int width = 1920, int height = 1080, string locale = "en-US")
    {
        var page = await OpenAsync(path, width, height, locale);
        await Expect(page.GetByTestId("login-form")).ToBeVisibleAsync();
        await SubmitSignInAsync(page, username, PasswordOf(username));
        await Expect(page).ToHaveURLAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    /// <summary>Fills in and submits the sign-in form on the page it is on.</summary>
    public static async Task SubmitSignInAsync(IPage page, string username, string password)
    {
        await page.GetByTestId("login-username").FillAsync(username);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static FloorAppOptions Options() => new("browser-tests")
    {
        Security = true,
        Kestrel = true,
        Settings = new Dictionary<string, string>(UserSettings.Of(0, Kim, FloorRoles.Supervisor, KimPassword, [Team], [Queue]))
        {
            ["Security:DemoUsers"] = "true",
            ["Security:ConnectorKeys:0"] = ConnectorKey,
            ["Floor:Queues:q1:Name"] = QueueName,
            ["Floor:Teams:t1:Name"] = TeamName,
        },
    };
}
