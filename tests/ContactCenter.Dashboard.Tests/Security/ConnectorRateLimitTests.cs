using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>
/// A stopped application leaves no timer running that holds it. ASP.NET Core's rate-limiting
/// middleware never disposed its limiter, whose timer kept every application the process had
/// stopped in memory (about 40 MB each in the benchmark, which starts dozens). The connectors'
/// limit is now a service the container builds, and so disposes with the application.
/// </summary>
public sealed class ConnectorRateLimitTests
{
    [Fact]
    public async Task The_connectors_rate_limit_goes_with_the_services_that_built_it()
    {
        var limit = await UseAndStopAsync();

        for (var i = 0; i < 20 && limit.IsAlive; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        Assert.False(limit.IsAlive, "the stopped application's rate limit is still reachable (its timer runs)");
    }

    /// <summary>Not inlined: no local of this frame may keep the limit alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> UseAndStopAsync()
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<IngestionMetrics>();
        services.AddSingleton(_ => new ConnectorRateLimit(new SecurityOptions { Enabled = true, ConnectorBatchesPerSecond = 1 }));
        await using var provider = services.BuildServiceProvider();
        var refusals = new List<object?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "contactcenter.batches.refused" && instrument.Meter.Scope == provider.GetRequiredService<IMeterFactory>())
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => refusals.Add(tags.ToArray().Single(t => t.Key == "status").Value));
        listener.Start();
        var limit = provider.GetRequiredService<ConnectorRateLimit>();
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(FloorClaims.ConnectorKey, "k")], "test")),
            RequestServices = provider,
        };
        var passed = await limit.FilterAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>("through"));
        var refused = await limit.FilterAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>("through"));
        Assert.Equal("through", passed);
        Assert.IsAssignableFrom<IStatusCodeHttpResult>(refused);
        Assert.Equal(StatusCodes.Status429TooManyRequests, ((IStatusCodeHttpResult)refused!).StatusCode);
        Assert.True(http.Response.Headers.RetryAfter.Count > 0, "429 carries Retry-After");
        Assert.Equal([StatusCodes.Status429TooManyRequests], refusals);
        return new WeakReference(limit);
    }
}
