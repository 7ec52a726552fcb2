using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Every <see cref="Interval"/>, hands what changed to screens and hub groups: 10,000 agents do not
/// mean 10,000 messages a second to every browser, and an event still reaches a screen well
/// within 200 ms. Each delta is serialised once per scope, not per client, and no screen waits for
/// another (<see cref="LiveConnections"/>). The interval is real
/// time (the <see cref="WallClock"/>); views are stamped with the floor's time.
/// </summary>
public sealed partial class DeltaPump(
    FloorMirror mirror,
    LiveConnections connections,
    TimeProvider clock,
    [FromKeyedServices(WallClock.Key)] TimeProvider wallClock,
    ILogger<DeltaPump> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(75);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, wallClock);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                foreach (var delta in mirror.Flush(clock.GetUtcNow()))
                {
                    connections.Push(delta);
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
