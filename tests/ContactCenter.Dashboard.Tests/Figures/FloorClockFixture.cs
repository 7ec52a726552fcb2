using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline, security off) on a floor clock the tests
/// move: every rule and interval follows it, so a scenario says exactly when "now" is and a
/// threshold falls due when the test moves the clock, never by waiting. Pacing stays on real time.
/// </summary>
public class FloorClockFixture : WebApplicationFactory<Program>
{
    /// <summary>A queue whose own T is 30 s.</summary>
    public const string QueueWithOwnThreshold = "qt30";

    /// <summary>A queue whose own QueueWait warning is 15 s, whatever its T.</summary>
    public const string QueueWithOwnWaitLevel = "qw15";

    private readonly Dictionary<string, string> settings;

    public FloorClockFixture()
        : this([])
    {
    }

    protected FloorClockFixture(Dictionary<string, string> settings) => this.settings = settings;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Moves the floor's clock forward to the next time the site's clock (UTC here) shows <paramref name="time"/>.</summary>
    public DateTimeOffset MoveTo(TimeOnly time)
    {
        var now = Now;
        var target = new DateTimeOffset(now.UtcDateTime.Date + time.ToTimeSpan(), TimeSpan.Zero);
        if (target <= now)
        {
            target = target.AddDays(1);
        }

        Clock.SetUtcNow(target);
        return target;
    }

    public void Advance(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Security:Enabled", "false");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", $"figures-tests-{Guid.NewGuid():N}");
        builder.UseSetting($"Floor:Queues:{QueueWithOwnThreshold}:ServiceLevelSeconds", "30");
        builder.UseSetting($"Floor:Queues:{QueueWithOwnWaitLevel}:Rules:QueueWait:Warning", "15");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Orleans' own maintenance stays on real time: moving the floor's clock must not run it inline.
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class FloorClockCollection : ICollectionFixture<FloorClockFixture>
{
    public const string Name = "floor on a test clock";
}
