using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The real app on loopback (embedded silo, simulator off) and one headless Debian chromium
/// driven by Playwright, shared by the collection. Each test opens its own browser contexts.
/// </summary>
public sealed class WallboardFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public WallboardFixture()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public Uri BaseAddress { get; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: test-results/ at the repository root.</summary>
    public static string ResultsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "test-results");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private IPlaywright? playwright;

    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            // Root in a sandboxless container, on a machine with no network beyond the registries.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> OpenAsync(string path, int width = 1920, int height = 1080)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(path);
        return page;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", $"browser-tests-{Guid.NewGuid():N}");
    }

    /// <summary>Debian's chromium: CHROMIUM_PATH if set, else what `command -v chromium` finds.</summary>
    private static string ChromiumPath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }

        using var which = Process.Start(new ProcessStartInfo("sh", "-c \"command -v chromium\"") { RedirectStandardOutput = true })!;
        var path = which.StandardOutput.ReadToEnd().Trim();
        which.WaitForExit();
        return path.Length > 0 ? path : throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
