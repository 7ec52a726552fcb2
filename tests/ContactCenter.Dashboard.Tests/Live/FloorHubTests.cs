using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using System.Text.Json;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>The hub with the real SignalR .NET client over loopback: snapshot, ordered deltas, resync, scopes, reconnect.</summary>
[Collection(LiveFloorCollection.Name)]
public sealed class FloorHubTests(LiveFloorFixture app)
{
    private readonly HttpClient http = app.Anonymous();

    [Fact]
    public async Task A_subscriber_gets_a_snapshot_then_deltas_numbered_on_from_it_that_show_a_new_call()
    {
        var (queue, call) = (Wire.NewId("q"), Wire.NewId("c"));
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, "floor");
        var first = client.Snapshot!.Sequence;

        await http.GivenAsync(Wire.CallQueued(call, queue, Wire.Now().AddSeconds(-3), tier: "vip"));

        var row = await CallRowAsync(client, call, r => r.State == CallState.Queued);
        Assert.Equal((queue, CustomerTier.Vip, "****0123"), (row.QueueId, row.CustomerTier, row.CallerNumber));
        var numbers = client.Deltas.Select(d => d.Sequence).ToArray();
        Assert.Equal(Enumerable.Range(0, numbers.Length).Select(i => first + 1 + i), numbers);
        Assert.Equal(0, client.Gaps);
    }

    [Fact]
    public async Task A_held_call_reaches_the_subscriber_with_its_hold_start_so_the_screen_can_tick_the_clock()
    {
        var (queue, call, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(queue));

        await http.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-40)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-35)),
            Wire.CallHeld(call, now.AddSeconds(-5)));

        var row = await CallRowAsync(client, call, r => r.State == CallState.OnHold);
        Assert.Equal(now.AddSeconds(-5), row.HoldingSince);
        Assert.Equal(agent, row.AgentId);
    }

    [Fact]
    public async Task A_hold_that_started_119_seconds_ago_reaches_the_subscriber_as_a_critical_alert_within_two_seconds()
    {
        var (queue, call, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, "floor");

        await http.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-140)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-130)),
            Wire.CallHeld(call, now.AddSeconds(-119)));
        var posted = DateTimeOffset.UtcNow;

        var critical = await Eventually.Get(
            () => Task.FromResult(client.Changes.Select(c => c.Alert).LastOrDefault(a => a?.AlertId == $"LongHold:{call}:1")),
            a => a?.Severity == AlertSeverity.Critical,
            "the LongHold alert turning critical on the hub",
            deadlineMs: 5_000);
        Assert.True(DateTimeOffset.UtcNow - posted < TimeSpan.FromSeconds(2.5), $"critical after {DateTimeOffset.UtcNow - posted}");
        Assert.Equal(now.AddSeconds(-119), critical!.Since);
    }

    [Fact]
    public async Task A_client_that_misses_a_delta_sees_the_gap_and_resyncs_to_the_current_floor()
    {
        var (queue, first, second) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(queue));

        client.DropNext = true;
        await http.GivenAsync(Wire.CallQueued(first, queue, Wire.Now()));
        await Eventually.Get(() => Task.FromResult(client.DropNext), dropping => !dropping, "the first delta dropped");
        await http.GivenAsync(Wire.CallQueued(second, queue, Wire.Now()));

        var resynced = await Eventually.Get(
            () => Task.FromResult(client.Snapshot!),
            s => s.View.Calls.Any(c => c.CallId == first) && s.View.Calls.Any(c => c.CallId == second),
            "a fresh snapshot with both calls after the gap");
        Assert.True(client.Gaps >= 1);
        Assert.All(resynced.View.Calls, c => Assert.Equal(queue, c.QueueId));
    }

    [Fact]
    public async Task A_queue_subscriber_hears_only_its_queue_and_a_team_subscriber_only_its_team()
    {
        var (mine, other, team, otherTeam) = (Wire.NewId("q"), Wire.NewId("q"), Wire.NewId("t"), Wire.NewId("t"));
        var (agent, stranger) = (Wire.NewId("a"), Wire.NewId("a"));
        await using var queueClient = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(mine));
        await using var teamClient = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Team(team));

        await http.GivenAsync(
            Wire.CallQueued(Wire.NewId("c"), other, Wire.Now()),
            Wire.AgentLoggedIn(stranger, Wire.Now(), otherTeam, other),
            Wire.CallQueued(Wire.NewId("c"), mine, Wire.Now()),
            Wire.AgentLoggedIn(agent, Wire.Now(), team, mine));

        await Eventually.Get(() => Task.FromResult(queueClient.Changes.ToArray()), c => c.Any(x => x.Kind == LiveChangeKind.Call), "a call of my queue");
        await Eventually.Get(() => Task.FromResult(teamClient.Changes.ToArray()), c => c.Any(x => x.Agent?.AgentId == agent), "an agent of my team");
        Assert.All(queueClient.Changes, c => Assert.True(c.ScopeId == mine || c.Agent?.Queues.Contains(mine) == true, $"{c.Key} leaked to queue {mine}"));
        Assert.DoesNotContain(teamClient.Changes, c => c.Agent?.AgentId == stranger);
        Assert.DoesNotContain(teamClient.Changes, c => c.Kind == LiveChangeKind.Call);
    }

    [Fact]
    public async Task A_reconnected_client_has_no_groups_until_it_subscribes_again_and_then_sees_what_it_missed()
    {
        var (queue, before, during) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(queue));
        await http.GivenAsync(Wire.CallQueued(before, queue, Wire.Now()));
        await CallRowAsync(client, before, _ => true);

        var reconnect = client.ReconnectAsync();
        await http.GivenAsync(Wire.CallQueued(during, queue, Wire.Now()));
        await reconnect;

        await Eventually.Get(
            () => Task.FromResult(client.Snapshot!.View.Calls.Select(c => c.CallId).Concat(client.Changes.Select(c => c.ItemId)).ToHashSet()),
            ids => ids.Contains(before) && ids.Contains(during),
            "both calls after the reconnect");
    }

    [Fact]
    public async Task Subscribing_to_a_scope_that_is_not_floor_queue_or_team_is_refused_with_a_reason()
    {
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, "floor");

        var refusal = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<object>("Subscribe", "building:7"));
        Assert.Contains("scope must be", refusal.Message);
    }

    [Fact]
    public async Task A_queues_figures_arrive_as_patches_that_bring_a_subscribers_copy_to_what_a_fresh_snapshot_holds()
    {
        var (queue, agent, first, second) = (Wire.NewId("q"), Wire.NewId("a"), Wire.NewId("c"), Wire.NewId("c"));
        var now = Wire.Now();
        await using var client = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(queue));

        await http.GivenAsync(Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue), Wire.CallQueued(first, queue, now.AddSeconds(-60)));
        // The queue's first figures go whole; what follows, once the front end holds them, goes as patches.
        await Eventually.HoldsAsync(() => client.Changes.Any(c => c.Kind == LiveChangeKind.Headline), "the queue's first, whole headline");
        await http.GivenAsync(Wire.CallAnswered(first, agent, now.AddSeconds(-50)));
        await http.GivenAsync(Wire.CallEnded(first, now.AddSeconds(-20)), Wire.CallQueued(second, queue, now.AddSeconds(-10)));
        await http.GivenAsync(Wire.CallAbandoned(second, now.AddSeconds(-2)));

        await Eventually.Get(
            async () =>
            {
                await using var fresh = await FloorHubClient.ConnectAsync(app.BaseAddress, LiveScopesFor.Queue(queue));
                return (Held: HeadlineHeld(client), Fresh: fresh.Snapshot!.View.Queues.Select(Json).SingleOrDefault());
            },
            // Past the site's midnight the abandon is yesterday's and today counts none.
            copies => copies.Held is { } held && copies.Fresh is { } fresh && JsonElement.DeepEquals(held, fresh)
                && (fresh.GetProperty("today").GetProperty("abandoned").GetInt32() == 1 || !Wire.SameUtcDay(now.AddSeconds(-2), DateTimeOffset.UtcNow)),
            "the subscriber's figures, patched, equal to a fresh snapshot's after the abandon");
        Assert.Contains(client.Changes, c => c.Kind == LiveChangeKind.Figures && c.Figures is not null);
    }

    /// <summary>The queue's headline as the client holds it: its snapshot's, then each whole headline or patch in order.</summary>
    private static JsonElement? HeadlineHeld(FloorHubClient client)
    {
        var held = client.Snapshot!.View.Queues.Select(Json).Cast<JsonElement?>().SingleOrDefault();
        foreach (var change in client.Changes)
        {
            held = change.Kind switch
            {
                LiveChangeKind.Headline => Json(change.Headline!),
                LiveChangeKind.Figures when held is { } whole => FiguresPatch.Overlay(whole, change.Figures!.Value),
                _ => held,
            };
        }

        return held;
    }

    private static JsonElement Json(QueueHeadline headline) =>
        JsonSerializer.SerializeToElement(headline, new Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions().PayloadSerializerOptions);

    private static async Task<CallRow> CallRowAsync(FloorHubClient client, string callId, Func<CallRow, bool> until) =>
        (await Eventually.Get(
            () => Task.FromResult(client.Changes.Where(c => c.Kind == LiveChangeKind.Call && c.ItemId == callId).Select(c => c.Call).LastOrDefault()),
            row => row is not null && until(row),
            $"call {callId} on the hub"))!;
}
