using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Every <see cref="Interval"/>, hands what changed to screens and hub groups: 10,000 agents do not
/// mean 10,000 messages a second to every browser, and an event still reaches a screen well
/// within 200 ms. Each delta is serialised once per group, not per client.
/// </summary>
public sealed partial class FloorPump(FloorMirror mirror, IHubContext<FloorHub> hub, TimeProvider clock, ILogger<FloorPump> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(75);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                var (_, deltas) = mirror.Flush(clock.GetUtcNow());
                foreach (var delta in deltas)
                {
                    await hub.Clients.Group(delta.Scope).SendAsync("delta", delta, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Live floor push failed; the next tick tries again")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
