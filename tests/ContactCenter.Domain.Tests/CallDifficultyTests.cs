using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Configuration;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>A call is difficult for its agent by what it did (DOMAIN: escalated, flagged, a long hold, a long call), not by which alerts fired.</summary>
public sealed class CallDifficultyTests
{
    private static readonly QueueSettings Defaults = new();
    private static readonly QueueFigures NoFigures = new(null, 0);

    [Theory]
    [InlineData(59, false)]
    [InlineData(60, true)]
    [InlineData(130, true)]
    public void A_continuous_hold_reaching_the_LongHold_warning_makes_a_call_difficult(int holdSeconds, bool difficult)
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(5)), Held("c1", S(20)), Resumed("c1", S(20 + holdSeconds)), Ended("c1", S(200 + holdSeconds)));

        Assert.Equal(difficult, CallDifficulty.Of(call, Defaults, NoFigures, flagged: false));
    }

    [Fact]
    public void Two_short_holds_are_not_one_long_hold()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(5)), Held("c1", S(20)), Resumed("c1", S(60)), Held("c1", S(70)), Resumed("c1", S(110)), Ended("c1", S(200)));

        Assert.Equal(80, call.HoldSeconds);
        Assert.False(CallDifficulty.Of(call, Defaults, NoFigures, flagged: false));
    }

    [Fact]
    public void Talk_and_hold_reaching_the_LongCall_warning_or_a_raised_hand_make_a_call_difficult()
    {
        var longCall = Call(Queued("c1", S(0)), Answered("c1", S(5)), Ended("c1", S(605)));
        var shortCall = Call(Queued("c2", S(0)), Answered("c2", S(5)), Ended("c2", S(65)));

        Assert.True(CallDifficulty.Of(longCall, Defaults, NoFigures, flagged: false));
        Assert.False(CallDifficulty.Of(shortCall, Defaults, NoFigures, flagged: false));
        Assert.True(CallDifficulty.Of(shortCall, Defaults, NoFigures, flagged: true));
    }
}
