using System.Text.RegularExpressions;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Simulator.Tests;

public sealed partial class FloorSimulationTests
{
    [Fact]
    public void The_same_seed_and_start_give_the_same_events()
    {
        var first = SimulationRun.Hours(0.5);
        var second = SimulationRun.Hours(0.5);

        Assert.Equal(first.Count, second.Count);
        Assert.True(first.Zip(second).All(pair => Same(pair.First, pair.Second)));
    }

    [Fact]
    public void A_different_seed_gives_a_different_floor()
    {
        var first = SimulationRun.Hours(0.5, new SimulatorOptions { Seed = 1 });
        var second = SimulationRun.Hours(0.5, new SimulatorOptions { Seed = 2 });

        var shapeOfFirst = first.Select(e => (e.Type, e.At, e.AgentId)).ToList();
        var shapeOfSecond = second.Select(e => (e.Type, e.At, e.AgentId)).ToList();
        Assert.NotEqual(shapeOfFirst, shapeOfSecond);
    }

    [Fact]
    public void The_events_do_not_depend_on_how_often_the_floor_is_advanced()
    {
        var options = new SimulatorOptions();
        var fine = SimulationRun.Collect(options, TimeSpan.FromMinutes(20), TimeSpan.FromMilliseconds(250));
        var coarse = SimulationRun.Collect(options, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(20));

        Assert.Equal(fine.Count, coarse.Count);
        Assert.True(fine.Zip(coarse).All(pair => Same(pair.First, pair.Second)));
    }

    [Fact]
    public void Events_carry_their_own_simulated_time_not_the_time_of_the_advance()
    {
        var simulation = new FloorSimulation(new SimulatorOptions(), SimulationRun.Start);
        simulation.Advance(SimulationRun.Start);

        var now = SimulationRun.Start.AddMinutes(10);
        var events = simulation.Advance(now);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.At > SimulationRun.Start && e.At <= now));
        Assert.True(events.Select(e => e.At).Distinct().Count() > 1);
        Assert.Empty(simulation.Advance(now));
    }

    [Fact]
    public void Nothing_happens_before_the_start()
    {
        var simulation = new FloorSimulation(new SimulatorOptions(), SimulationRun.Start);

        Assert.Empty(simulation.Advance(SimulationRun.Start.AddSeconds(-1)));
    }

    [Fact]
    public void The_first_events_log_every_agent_in_with_a_name_a_team_and_queues()
    {
        var options = new SimulatorOptions { Agents = 10, Queues = 3, Teams = 2 };
        var events = new FloorSimulation(options, SimulationRun.Start).Advance(SimulationRun.Start.AddMinutes(5));

        var logins = events.Take(10).ToList();
        for (var i = 1; i <= 10; i++)
        {
            var login = logins[i - 1];
            Assert.Equal(FloorEventType.AgentLoggedIn, login.Type);
            Assert.Equal($"a{i}", login.AgentId);
            Assert.Equal(SimulationRun.Start, login.At);
            Assert.Equal($"t{((i - 1) % 2) + 1}", login.TeamId);
            Assert.Equal($"q{((i - 1) % 3) + 1}", login.Queues![0]);
            Assert.InRange(login.Queues.Length, 1, 2);
            Assert.Equal(login.Queues.Length, login.Queues.Distinct().Count());
            Assert.False(string.IsNullOrWhiteSpace(login.Name));
        }

        Assert.Equal("Ada Lovelace", logins[0].Name);
        Assert.Equal(10, logins.Select(e => e.Name).Distinct().Count());
        Assert.DoesNotContain(events.Skip(10), e => e.Type == FloorEventType.AgentLoggedIn);
    }

    [Fact]
    public void Some_agents_serve_a_second_queue()
    {
        var logins = new FloorSimulation(new SimulatorOptions(), SimulationRun.Start).Advance(SimulationRun.Start);

        Assert.Contains(logins, e => e.Queues!.Length == 2);
        Assert.Contains(logins, e => e.Queues!.Length == 1);
    }

    [Fact]
    public void An_hour_brings_about_the_configured_number_of_calls()
    {
        var events = SimulationRun.Hours(1);

        Assert.InRange(events.Count(FloorEventType.CallQueued), 675, 1125);
    }

    [Fact]
    public void Some_queues_are_busier_than_others()
    {
        var perQueue = SimulationRun.Hours(2)
            .Where(e => e.Type == FloorEventType.CallQueued)
            .CountBy(e => e.QueueId!)
            .ToDictionary();

        Assert.Equal(4, perQueue.Count);
        Assert.True(perQueue["q1"] > perQueue["q4"] * 1.2);
    }

    [Fact]
    public void Every_call_and_agent_follows_the_receiving_state_machines()
    {
        var violations = FloorChecker.Check(SimulationRun.Hours(4));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Take(10)));
    }

    [Fact]
    public void A_small_crowded_floor_also_follows_the_state_machines()
    {
        var options = new SimulatorOptions
        {
            Seed = 7, Agents = 3, Queues = 2, Teams = 1, CallsPerHour = 400, HoldProbability = 0.6, AssistanceProbability = 0.3,
            TransferProbability = 0.3, BreakProbability = 0.3, MeanBreakMinutes = 1,
        };

        var violations = FloorChecker.Check(SimulationRun.Hours(3, options));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Take(10)));
    }

    [Fact]
    public void No_agent_is_offered_a_call_while_on_another()
    {
        var busyWith = new Dictionary<string, string>();
        foreach (var e in SimulationRun.Hours(2))
        {
            switch (e.Type)
            {
                case FloorEventType.CallOffered:
                    Assert.False(busyWith.ContainsKey(e.AgentId!), $"{e.AgentId} offered {e.CallId} while on {busyWith.GetValueOrDefault(e.AgentId!)}");
                    busyWith[e.AgentId!] = e.CallId!;
                    break;
                case FloorEventType.CallEnded or FloorEventType.CallTransferred:
                    Assert.Equal(e.CallId, busyWith[e.AgentId!]);
                    busyWith.Remove(e.AgentId!);
                    break;
            }
        }
    }

    [Fact]
    public void Events_come_in_time_order()
    {
        var events = SimulationRun.Hours(1);

        Assert.True(events.Zip(events.Skip(1)).All(pair => pair.First.At <= pair.Second.At));
    }

    [Fact]
    public void Event_ids_are_unique()
    {
        var events = SimulationRun.Hours(2);

        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.All(events, e => Assert.StartsWith("sim-42-", e.EventId));
    }

    [Fact]
    public void A_new_start_gives_new_ids_so_a_restarted_host_does_not_repeat_the_last_run()
    {
        var options = new SimulatorOptions();
        var first = new FloorSimulation(options, SimulationRun.Start).Advance(SimulationRun.Start);
        var later = SimulationRun.Start.AddHours(1);
        var second = new FloorSimulation(options, later).Advance(later);

        Assert.Empty(first.Select(e => e.EventId).Intersect(second.Select(e => e.EventId)));
    }

    [Fact]
    public void Callers_have_plausible_numbers()
    {
        var queued = SimulationRun.Hours(0.5).Where(e => e.Type == FloorEventType.CallQueued).ToList();

        Assert.All(queued, e => Assert.Matches(PhoneNumber(), e.CallerNumber!));
        Assert.True(queued.Select(e => e.CallerNumber).Distinct().Count() > queued.Count / 2);
    }

    [Fact]
    public void About_the_configured_share_of_callers_are_vip_and_high_value()
    {
        var queued = SimulationRun.Hours(4).Where(e => e.Type == FloorEventType.CallQueued).ToList();

        var vip = queued.Count(e => e.Tier == CustomerTier.Vip) / (double)queued.Count;
        var highValue = queued.Count(e => e.Tier == CustomerTier.HighValue) / (double)queued.Count;
        Assert.InRange(vip, 0.03, 0.07);
        Assert.InRange(highValue, 0.11, 0.19);
    }

    [Fact]
    public void Over_a_few_hours_the_floor_sees_abandons_holds_transfers_wrap_ups_breaks_and_raised_hands()
    {
        var events = SimulationRun.Hours(3);

        Assert.NotEqual(0, events.Count(FloorEventType.CallAbandoned));
        Assert.NotEqual(0, events.Count(FloorEventType.CallHeld));
        Assert.NotEqual(0, events.Count(FloorEventType.CallTransferred));
        Assert.NotEqual(0, events.Count(FloorEventType.AssistanceRequested));
        Assert.InRange(events.Count(FloorEventType.CallHeld) - events.Count(FloorEventType.CallResumed), 0, 60);
        Assert.Contains(events, e => e.State == AgentState.WrapUp);
        Assert.Contains(events, e => e.State == AgentState.NotReady && e.Reason is not null);
        Assert.Contains(events, e => e.Type == FloorEventType.AssistanceRequested && e.CallId is not null && e.Reason is not null);
        Assert.Contains(events, e => e.Type == FloorEventType.CallEnded && e.EndReason == CallEndReason.Completed);
    }

    [Fact]
    public void A_raised_hand_comes_down_within_a_few_minutes()
    {
        var events = SimulationRun.Hours(4);
        var raised = events.Where(e => e.Type == FloorEventType.AssistanceRequested).ToList();

        Assert.NotEmpty(raised);
        foreach (var request in raised)
        {
            var cleared = events.First(e => e.Type == FloorEventType.AssistanceCleared && e.AgentId == request.AgentId && e.At >= request.At);
            Assert.Equal(request.CallId, cleared.CallId);
            Assert.True(cleared.At - request.At <= TimeSpan.FromMinutes(2));
        }
    }

    [Fact]
    public void Finished_calls_are_dropped_so_memory_stays_bounded()
    {
        var simulation = new FloorSimulation(new SimulatorOptions(), SimulationRun.Start);
        var peak = 0;
        for (var now = SimulationRun.Start; now <= SimulationRun.Start.AddHours(8); now += TimeSpan.FromMinutes(1))
        {
            simulation.Advance(now);
            peak = Math.Max(peak, simulation.ActiveCalls);
        }

        Assert.InRange(peak, 1, 150);
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.ThrowsAny<Exception>(() => new FloorSimulation(new SimulatorOptions { Agents = 0 }, SimulationRun.Start));
        Assert.ThrowsAny<Exception>(() => new FloorSimulation(new SimulatorOptions { VipShare = 2 }, SimulationRun.Start));
    }

    private static bool Same(FloorEvent a, FloorEvent b) =>
        a with { Queues = null } == b with { Queues = null } && (a.Queues ?? []).SequenceEqual(b.Queues ?? []);

    [GeneratedRegex(@"^\+[0-9][0-9 ]{9,16}$")]
    private static partial Regex PhoneNumber();
}
