using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Every <see cref="Interval"/>, hands what changed to screens and hub connections: 10,000 agents do not
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

    /// <summary>
    /// Readers from which a scope is sent only every <see cref="BroadTicks"/> ticks (225 ms): its
    /// bytes are multiplied by its readers, and a longer wait lets more changes to one row (a
    /// busy queue's figures) fold into one. A screen alone on its scope keeps the 75 ms pace.
    /// </summary>
    public const int ManyReaders = 50;

    public const int BroadTicks = 3;

    /// <summary>
    /// A queue's figures go to a wide scope (<c>summary</c>, <c>floor</c>: every queue's figures) of
    /// <see cref="ManyReaders"/> or more at most every 12 ticks (900 ms, a multiple of <see cref="BroadTicks"/>).
    /// </summary>
    public const int FiguresTicks = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, wallClock);
        var tick = 0L;
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                var broadDue = ++tick % BroadTicks == 0;
                var pace = new FiguresPace(tick, FiguresTicks, scope => LiveScopes.IsWide(scope) && connections.Readers(scope) >= ManyReaders);
                foreach (var delta in mirror.Flush(clock.GetUtcNow(), scope => broadDue || connections.Readers(scope) < ManyReaders, pace))
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
