using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using static ContactCenter.Connectors.Asterisk.Tests.Ami.AmiFixtures;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>
/// A short floor as AMI reports it. Alice (PJSIP/201) joins sales at 0 s and support at 1 s. Caller
/// c1 queues in sales at 10 s, rings Alice at 13 s, is answered at 16 s, held from 30 s to 45 s and
/// hangs up at 70 s. Caller c2 queues in sales at 12 s and gives up at 40 s. Alice pauses for lunch
/// at 80 s and comes back at 140 s. Times are seconds after T0.
/// </summary>
public sealed class AmiScenarioTests
{
    private const string C1 = "1732700010.1";
    private const string C2 = "1732700012.2";
    private const string Alice = "PJSIP/201";

    private static readonly AmiMessage[] Transcript =
    [
        Member("QueueMemberAdded", 0, "sales"),
        Member("QueueMemberAdded", 1, "support"),
        QueueCallerJoin(10, C1, "sales"),
        QueueCallerJoin(12, C2, "sales", number: "+15551234567"),
        AgentCalled(13, C1, "sales", Alice),
        Member("QueueMemberStatus", 13, "sales", status: "6"),
        QueueCallerLeave(16, C1, "sales"),
        AgentConnect(16, C1, "sales", Alice, holdTime: 6, ringTime: 3),
        Channel("Hold", 30, C1 + "1", C1),
        Channel("MusicOnHoldStart", 30, C1, C1),
        QueueCallerAbandon(40, C2, "sales", holdTime: 28),
        QueueCallerLeave(40, C2, "sales"),
        Hangup(40, C2, C2),
        Channel("Unhold", 45, C1 + "1", C1),
        Channel("MusicOnHoldStop", 45, C1, C1),
        AgentComplete(70, C1, "sales", Alice, "caller", talkTime: 54),
        Hangup(70, C1, C1),
        Hangup(70, C1 + "1", C1),
        Member("QueueMemberPause", 80, "sales", paused: "1", pausedReason: "lunch"),
        Member("QueueMemberPause", 80, "support", paused: "1", pausedReason: "lunch"),
        Member("QueueMemberPause", 140, "sales"),
        Member("QueueMemberPause", 140, "support"),
    ];

    [Fact]
    public void AMI_alone_gives_every_fact_of_the_floor_once()
    {
        var events = Feed(Mapper(), Transcript);

        // Hand computed: joins sales at 0 s and support at 1 s (the floor keeps both); c1 queued 10, offered 13, answered 16,
        // held 30 (Hold and music on hold are one hold), resumed 45, ended by the caller 70 (talk 54 s = 70 - 16);
        // c2 queued 12, abandoned 40 (wait 28 s = 40 - 12); lunch 80 to 140 (60 s not ready), one change per pause.
        Assert.Equal(
            [
                (FloorEventType.AgentLoggedIn, At(0), null, "201"),
                (FloorEventType.AgentLoggedIn, At(1), null, "201"),
                (FloorEventType.CallQueued, At(10), C1, null),
                (FloorEventType.CallQueued, At(12), C2, null),
                (FloorEventType.CallOffered, At(13), C1, "201"),
                (FloorEventType.CallAnswered, At(16), C1, "201"),
                (FloorEventType.CallHeld, At(30), C1, "201"),
                (FloorEventType.CallAbandoned, At(40), C2, null),
                (FloorEventType.CallResumed, At(45), C1, "201"),
                (FloorEventType.CallEnded, At(70), C1, "201"),
                (FloorEventType.AgentStateChanged, At(80), null, "201"),
                (FloorEventType.AgentStateChanged, At(140), null, "201"),
            ],
            events.Select(e => (e.Type, e.At, e.CallId, e.AgentId)));
        Assert.Equal(("support", QueueMembership.Add), (events[1].Queues!.Single(), events[1].Membership));
        Assert.Equal(CallEndReason.CallerHangup, events[9].EndReason);
        Assert.Equal((AgentState.NotReady, "lunch"), (events[10].State, events[10].Reason));
        Assert.Equal(AgentState.Available, events[11].State);
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Beside_queue_log_AMI_sends_only_the_ring_and_the_hold_which_the_log_lacks()
    {
        var events = Feed(Mapper(queueLogOwnsCalls: true), Transcript);

        Assert.Equal(
            [(FloorEventType.CallOffered, At(13)), (FloorEventType.CallHeld, At(30)), (FloorEventType.CallResumed, At(45))],
            events.Select(e => (e.Type, e.At)));
        Assert.All(events, e => Assert.Equal((C1, "201"), (e.CallId, e.AgentId)));
    }

    [Fact]
    public void Beside_queue_log_a_device_going_unavailable_and_back_is_still_sent_but_pauses_and_overflows_are_not()
    {
        var events = Feed(Mapper(queueLogOwnsCalls: true),
            Member("QueueMemberAdded", 0, "sales"),
            Member("QueueMemberPause", 5, "sales", paused: "1", pausedReason: "lunch"),
            Member("QueueMemberStatus", 6, "sales", status: "5", paused: "1", pausedReason: "lunch"),
            Member("QueueMemberStatus", 9, "sales", status: "1", paused: "0"),
            QueueCallerJoin(10, C1, "sales"), QueueCallerLeave(70, C1, "sales"), Hangup(95, C1, C1));

        Assert.Equal([(AgentState.NotReady, "unavailable", At(6)), (AgentState.Available, null, At(9))], events.Select(e => (e.State!.Value, e.Reason, e.At)));
    }
}
