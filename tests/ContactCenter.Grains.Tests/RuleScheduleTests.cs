using ContactCenter.Grains.Alerts;
using ContactCenter.Grains.Recovery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Grains.Tests;

/// <summary>The silo's one timer for rule waits: each subject gets its turn at its own moment, once, whatever it re-armed meanwhile.</summary>
public sealed class RuleScheduleTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider wallClock = new();

    private DateTimeOffset Now => clock.GetUtcNow();

    [Fact]
    public async Task Each_subject_is_sent_its_turn_at_its_own_moment()
    {
        using var schedule = Schedule();
        var (early, late) = (new Subject(), new Subject());
        schedule.Arm(new RuleWait(late), Now.AddSeconds(20));
        schedule.Arm(new RuleWait(early), Now.AddSeconds(10));

        clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        Assert.Equal((0, 0), (early.Turns, late.Turns));
        clock.Advance(TimeSpan.FromTicks(1));
        await Eventually.Get(() => Task.FromResult(early.Turns), n => n == 1, "the early subject's turn");
        Assert.Equal(0, late.Turns);

        clock.Advance(TimeSpan.FromSeconds(10));
        await Eventually.Get(() => Task.FromResult(late.Turns), n => n == 1, "the late subject's turn");
        Assert.Equal(1, early.Turns);
    }

    [Fact]
    public async Task A_wait_moved_later_goes_once_at_the_later_moment_and_one_moved_earlier_at_the_earlier()
    {
        using var schedule = Schedule();
        var (later, earlier) = (new Subject(), new Subject());
        var (laterWait, earlierWait) = (new RuleWait(later), new RuleWait(earlier));
        for (var second = 10; second <= 1_000; second += 10)
        {
            schedule.Arm(laterWait, Now.AddSeconds(second));
        }

        schedule.Arm(earlierWait, Now.AddSeconds(60));
        schedule.Arm(earlierWait, Now.AddSeconds(5));

        clock.Advance(TimeSpan.FromSeconds(5));
        await Eventually.Get(() => Task.FromResult(earlier.Turns), n => n == 1, "the earlier moment");
        clock.Advance(TimeSpan.FromSeconds(994));
        Assert.Equal((0, 1), (later.Turns, earlier.Turns));

        clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.Get(() => Task.FromResult(later.Turns), n => n == 1, "the last moment armed");
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Yield();
        Assert.Equal((1, 1), (later.Turns, earlier.Turns));
    }

    [Fact]
    public async Task A_disarmed_wait_sends_nothing()
    {
        using var schedule = Schedule();
        var subject = new Subject();
        var wait = new RuleWait(subject);
        schedule.Arm(wait, Now.AddSeconds(10));
        schedule.Arm(wait, null);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Yield();
        Assert.Equal(0, subject.Turns);
    }

    [Fact]
    public async Task A_moment_beyond_what_a_timer_reaches_comes_in_hops()
    {
        using var schedule = Schedule();
        var subject = new Subject();
        schedule.Arm(new RuleWait(subject), Now.AddDays(60));

        for (var day = 0; day < 59; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(0, subject.Turns);
        clock.Advance(TimeSpan.FromDays(1));
        await Eventually.Get(() => Task.FromResult(subject.Turns), n => n == 1, "the turn 60 days on");
    }

    [Fact]
    public async Task A_failed_turn_wakes_the_subject_again_after_a_pause_on_the_wall_clock()
    {
        using var schedule = Schedule();
        var subject = new Subject { FailTurns = true };
        schedule.Arm(new RuleWait(subject), Now.AddSeconds(10));

        clock.Advance(TimeSpan.FromSeconds(10));
        await Eventually.Get(() => Task.FromResult(subject.Turns), n => n == 1, "the failing turn");
        Assert.Equal(0, subject.Wakes);

        await Eventually.Get(
            () =>
            {
                wallClock.Advance(WakeAfterFailedTurn.FirstPause);
                return Task.FromResult(subject.Wakes);
            },
            n => n == 1,
            "the wake after the failed turn");
    }

    private RuleSchedule Schedule() => new(clock, wallClock, NullLogger<RuleSchedule>.Instance, CancellationToken.None);

    private sealed class Subject : IRuleSubject
    {
        private int turns;
        private int wakes;

        public bool FailTurns { get; init; }

        public int Turns => Volatile.Read(ref turns);

        public int Wakes => Volatile.Read(ref wakes);

        public Task RulesDue()
        {
            Interlocked.Increment(ref turns);
            return FailTurns ? Task.FromException(new InvalidOperationException("storage refused")) : Task.CompletedTask;
        }

        public ValueTask<WakeList> Wake()
        {
            Interlocked.Increment(ref wakes);
            return ValueTask.FromResult(WakeList.Empty);
        }
    }
}
