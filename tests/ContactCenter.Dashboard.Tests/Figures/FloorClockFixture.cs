using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline, security off) on a floor clock the tests
/// move: every rule and interval follows it, so a scenario says exactly when "now" is and a
/// threshold falls due when the test moves the clock, never by waiting. Pacing stays on real time.
/// </summary>
public class FloorClockFixture : FloorApp
{
    /// <summary>A queue whose own T is 30 s.</summary>
    public const string QueueWithOwnThreshold = "qt30";

    /// <summary>A queue whose own QueueWait warning is 15 s, whatever its T.</summary>
    public const string QueueWithOwnWaitLevel = "qw15";

    public FloorClockFixture()
        : this([])
    {
    }

    protected FloorClockFixture(Dictionary<string, string> settings)
        : this(settings, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)))
    {
    }

    private FloorClockFixture(Dictionary<string, string> settings, FakeTimeProvider clock)
        : base(Options(settings, clock)) => Clock = clock;

    public FakeTimeProvider Clock { get; }

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

    /// <summary>
    /// The clock's now, first moved on to 09:00 if the site's day began less than two hours ago:
    /// a test that places its events up to an hour back keeps them in today, whichever test
    /// (one moves the shared clock to 00:05) ran before it.
    /// </summary>
    public DateTimeOffset Daytime() => Now.UtcDateTime.TimeOfDay < TimeSpan.FromHours(2) ? MoveTo(new TimeOnly(9, 0)) : Now;

    public void Advance(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    private static FloorAppOptions Options(Dictionary<string, string> settings, FakeTimeProvider clock) => new("figures-tests")
    {
        Security = false,
        FloorClock = clock,
        Settings = new Dictionary<string, string>(settings)
        {
            [$"Floor:Queues:{QueueWithOwnThreshold}:ServiceLevelSeconds"] = "30",
            [$"Floor:Queues:{QueueWithOwnWaitLevel}:Rules:QueueWait:Warning"] = "15",
        },
    };
}

[CollectionDefinition(Name)]
public sealed class FloorClockCollection : ICollectionFixture<FloorClockFixture>
{
    public const string Name = "floor on a test clock";
}
