using ContactCenter.Contracts.Floor;
using ContactCenter.Grains.Agents;

namespace ContactCenter.Grains.Tests;

/// <summary>An agent tells its queues only what changes their staffing counts; its team hears every change.</summary>
public sealed class StaffingClassTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(AgentState.Ringing, AgentState.Talking, true)]
    [InlineData(AgentState.Talking, AgentState.OnHold, true)]
    [InlineData(AgentState.OnHold, AgentState.Talking, true)]
    [InlineData(AgentState.Available, AgentState.Ringing, false)]
    [InlineData(AgentState.Talking, AgentState.WrapUp, false)]
    [InlineData(AgentState.WrapUp, AgentState.Available, false)]
    [InlineData(AgentState.Available, AgentState.NotReady, false)]
    [InlineData(AgentState.NotReady, AgentState.LoggedOut, false)]
    public void Only_a_change_of_staffing_class_reaches_the_queues(AgentState before, AgentState after, bool same)
    {
        Assert.Equal(same, AgentView.SameStaffing(Row(before, ["q1"]), Row(after, ["q1"])));
    }

    [Fact]
    public void A_change_of_queues_or_a_first_row_always_reaches_them()
    {
        Assert.False(AgentView.SameStaffing(Row(AgentState.Talking, ["q1"]), Row(AgentState.Talking, ["q1", "q2"])));
        Assert.False(AgentView.SameStaffing(null, Row(AgentState.Available, ["q1"])));
    }

    private static AgentRow Row(AgentState state, string[] queues) =>
        new("a1", "Ada", "t1", queues, state, null, At, null, null, 0);
}
