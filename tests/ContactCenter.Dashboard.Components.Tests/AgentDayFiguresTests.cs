using ContactCenter.Contracts.Events;
using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Occupancy, AHT and calls per hour of agents and teams, computed by hand from the counters on the rows.</summary>
public sealed class AgentDayFiguresTests : WallboardContext
{
    private static readonly SiteCalendar Utc = SiteCalendar.For("UTC");
    private static readonly DateTimeOffset Now = FloorRows.Now;

    [Fact]
    public void An_agent_talking_now_adds_the_running_talk_to_busy_but_not_to_aht()
    {
        // Counted to 13:50: 4 calls, 1,500 s busy of which 300 s is the call in progress; 3 h logged in, 600 s not ready.
        var row = FloorRows.Agent("a1", state: AgentState.Talking, inState: TimeSpan.FromMinutes(10)) with
        {
            CallsToday = 4,
            Day = new AgentDayCounters(Now.AddMinutes(-10), 1_500, 1_200, 10_800, 600, FinishedLegs: 4),
        };

        var day = AgentDayFigures.Of(row, Now, Utc);

        // Busy 1,500 + 600 running = 2,100 over (10,800 + 600 - 600) = 10,800 available: 19.4 %.
        Assert.Equal(2_100, day.BusySeconds);
        Assert.Equal(11_400, day.LoggedInSeconds);
        Assert.Equal(2_100 / 10_800.0, day.Occupancy!.Value, 9);
        // AHT: 1,200 s of finished legs over 4 legs; the call in progress counts when it ends.
        Assert.Equal(300, day.AhtSeconds);
        // 4 calls in 11,400 s logged in: 1.26 an hour.
        Assert.Equal(4 / (11_400 / 3600.0), day.CallsPerHour!.Value, 9);
    }

    [Fact]
    public void Not_ready_time_runs_outside_occupancy_and_yesterdays_counters_count_as_nothing()
    {
        var onBreak = FloorRows.Agent("a1", state: AgentState.NotReady) with { CallsToday = 2, Day = new AgentDayCounters(Now.AddMinutes(-5), 600, 600, 3_600, 0) };
        var yesterday = FloorRows.Agent("a2") with { CallsToday = 30, Day = new AgentDayCounters(Now.AddDays(-1), 20_000, 20_000, 28_800, 0), StateSince = Now.AddHours(-20) };

        var breakDay = AgentDayFigures.Of(onBreak, Now, Utc);
        var fresh = AgentDayFigures.Of(yesterday, Now, Utc);

        Assert.Equal(300, breakDay.NotReadySeconds);
        Assert.Equal(600 / 3_600.0, breakDay.Occupancy!.Value, 9);
        // Available since yesterday: today's part runs from midnight (14 h), no calls, nothing busy.
        Assert.Equal((0, 0.0, 14 * 3_600.0), (fresh.Calls, fresh.BusySeconds, fresh.LoggedInSeconds));
        Assert.Equal(0, fresh.Occupancy);
        Assert.Null(fresh.AhtSeconds);
    }

    [Fact]
    public void A_teams_occupancy_and_aht_come_from_its_agents_sums_not_an_average_of_their_ratios()
    {
        // a1: 900 busy of 1,800 available (50 %), 3 calls of 300 s; a2: 2,700 of 3,000 (90 %), 1 call of 1,200 s.
        var a1 = FloorRows.Agent("a1", state: AgentState.Available, inState: TimeSpan.Zero) with { CallsToday = 3, Day = new AgentDayCounters(Now, 900, 900, 1_800, 0, FinishedLegs: 3), StateSince = Now };
        var a2 = FloorRows.Agent("a2", state: AgentState.WrapUp, inState: TimeSpan.Zero, hand: new AssistanceFlag("angry caller", null, Now)) with
        {
            CallsToday = 1,
            Day = new AgentDayCounters(Now, 2_700, 1_200, 3_000, 0, FinishedLegs: 1),
            StateSince = Now,
        };
        var b1 = FloorRows.Agent("b1", teamId: "t2");

        var teams = TeamFigures.Of(FloorRows.View(agents: [a1, a2, b1]), Now, Utc);

        var t1 = Assert.Single(teams, t => t.TeamId == "t1");
        // (900 + 2,700) / (1,800 + 3,000) = 75 %, not the 70 % average; AHT (900 + 1,200) / 4 = 525 s.
        Assert.Equal(0.75, t1.Day.Occupancy!.Value, 9);
        Assert.Equal(525, t1.Day.AhtSeconds);
        Assert.Equal((2, 1, 0, 1), (t1.Agents.Staffed, t1.Agents.Available, t1.Agents.Busy, t1.Agents.WrapUp));
        Assert.Equal(4, t1.Day.Calls);
        Assert.Equal(1, t1.HandsRaised);
        Assert.Equal(["t1", "t2"], teams.Select(t => t.TeamId));
    }
}

public sealed class QueueAgentFiguresTests : WallboardContext
{
    private static readonly SiteCalendar Utc = SiteCalendar.For("UTC");
    private static readonly DateTimeOffset Now = FloorRows.Now;

    [Fact]
    public void A_queue_counts_its_waiting_callers_by_tier_and_the_occupancy_of_every_agent_who_serves_it_wholly()
    {
        // a1 serves q1 and q2 (1,800 busy of 3,600), a2 only q1 (3,000 of 3,600), a3 only q2 and logged out.
        var a1 = FloorRows.Agent("a1", inState: TimeSpan.Zero) with { Queues = ["q1", "q2"], Day = new AgentDayCounters(Now, 1_800, 1_800, 3_600, 0), StateSince = Now };
        var a2 = FloorRows.Agent("a2", inState: TimeSpan.Zero) with { Day = new AgentDayCounters(Now, 3_000, 3_000, 3_600, 0), StateSince = Now };
        var a3 = FloorRows.Agent("a3", state: AgentState.LoggedOut) with { Queues = ["q2"], Day = new AgentDayCounters(Now, 3_600, 3_600, 3_600, 0) };
        var vip = FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(10)) with { CustomerTier = CustomerTier.Vip };
        var high = FloorRows.Waiting("c2", "q1", TimeSpan.FromSeconds(10)) with { CustomerTier = CustomerTier.HighValue };
        var answeredVip = FloorRows.OnHold("c3", "q1", "a2", TimeSpan.FromSeconds(5)) with { CustomerTier = CustomerTier.Vip };

        var figures = QueueAgentFigures.ForAll([vip, high, answeredVip, FloorRows.Waiting("c4", "q1", TimeSpan.FromSeconds(3))], [a1, a2, a3], Now, Utc);

        // q1: (1,800 + 3,000) / 7,200 = 66.7 %; q2: a1 alone, 50 % (a3 is logged out).
        Assert.Equal((1, 1), (figures["q1"].WaitingVip, figures["q1"].WaitingHighValue));
        Assert.Equal(4_800 / 7_200.0, figures["q1"].Occupancy!.Value, 9);
        Assert.Equal(0.5, figures["q2"].Occupancy!.Value, 9);
        Assert.Equal((0, 0), (figures["q2"].WaitingVip, figures["q2"].WaitingHighValue));
    }
}

public sealed class NotReadyReasonsTests : WallboardContext
{
    private static readonly SiteCalendar Utc = SiteCalendar.For("UTC");
    private static readonly DateTimeOffset Now = FloorRows.Now;

    [Fact]
    public void Not_ready_time_by_reason_adds_each_agents_counted_reasons_and_the_break_running_now()
    {
        // a1: 30 min of lunch counted, on a coaching break for 5 min now; a2: 10 min of lunch and 2 min with no reason given.
        var a1 = FloorRows.Agent("a1", state: AgentState.NotReady, inState: TimeSpan.FromMinutes(5)) with
        {
            Reason = "coaching",
            Day = new AgentDayCounters(Now.AddMinutes(-5), 0, 0, 7_200, 1_800, [new("lunch", 1_800)]),
        };
        var a2 = FloorRows.Agent("a2") with { Day = new AgentDayCounters(Now, 0, 0, 7_200, 720, [new("", 120), new("lunch", 600)]), StateSince = Now };

        var queue = QueueAgentFigures.ForAll([], [a1, a2], Now, Utc)["q1"];
        var team = Assert.Single(TeamFigures.Of(FloorRows.View(agents: [a1, a2]), Now, Utc));

        ReasonSeconds[] expected = [new("lunch", 2_400), new("coaching", 300), new("", 120)];
        Assert.Equal(expected, queue.NotReady);
        Assert.Equal(expected, team.NotReady);
    }

    [Fact]
    public void A_tile_lists_the_reasons_longest_first_and_names_time_without_a_reason()
    {
        var a1 = FloorRows.Agent("a1") with { Day = new AgentDayCounters(Now, 0, 0, 7_200, 720, [new("", 120), new("lunch", 600)]), StateSince = Now };
        var tile = Render<ContactCenter.Dashboard.Components.Shared.TeamTiles>(p => p.Add(t => t.View, FloorRows.View(agents: [a1])));

        var reasons = tile.FindAll("[data-testid=team-not-ready] [data-testid=not-ready-reason]").Select(r => r.TextContent).ToList();
        Assert.Equal(["lunch 10:00", "no reason given 02:00"], reasons);
    }
}
