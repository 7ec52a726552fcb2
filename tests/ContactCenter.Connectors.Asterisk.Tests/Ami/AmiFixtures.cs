using System.Globalization;
using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Connectors.Asterisk.QueueLog;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>
/// AMI events shaped as the Asterisk documentation gives them (docs.asterisk.org, AMI Events): the
/// caller's channel unprefixed, the member's channel with a <c>Dest</c> prefix, member events with
/// Queue, MemberName, Interface, StateInterface, Status, Paused and PausedReason. Times are
/// <see cref="T0"/> plus seconds, in the <c>Timestamp</c> field (<c>timestampevents=yes</c>).
/// </summary>
internal static class AmiFixtures
{
    public const long T0 = 1732700000;

    public static DateTimeOffset At(double seconds) => DateTimeOffset.FromUnixTimeSeconds(T0).AddTicks((long)(seconds * TimeSpan.TicksPerSecond));

    public static AmiEventMapper Mapper(bool queueLogOwnsCalls = false, QueueLogAgents? agents = null) =>
        new(agents ?? QueueLogAgents.None, queueLogOwnsCalls, TimeProvider.System);

    public static AmiMessage Event(string name, double seconds, params (string Key, string Value)[] fields) =>
        AmiMessage.Of([("Event", name), ("Privilege", "agent,all"), ("Timestamp", (T0 + (decimal)seconds).ToString("0.000000", CultureInfo.InvariantCulture)), .. fields]);

    /// <summary>The caller's channel: an inbound call, so its Linkedid is its own Uniqueid.</summary>
    public static (string, string)[] Caller(string call, string number = "+442079460123") =>
    [
        ("Channel", $"PJSIP/trunk-{call[^1..]}000000a"), ("ChannelState", "6"), ("ChannelStateDesc", "Up"), ("CallerIDNum", number), ("CallerIDName", "Caller"),
        ("ConnectedLineNum", "<unknown>"), ("ConnectedLineName", "<unknown>"), ("Language", "en"), ("AccountCode", ""), ("Context", "from-trunk"),
        ("Exten", "500"), ("Priority", "3"), ("Uniqueid", call), ("Linkedid", call),
    ];

    /// <summary>The member's channel, born of the caller's and so sharing its Linkedid.</summary>
    public static (string, string)[] Dest(string call, string iface) =>
    [
        ("DestChannel", $"{iface}-0000000b"), ("DestChannelState", "5"), ("DestChannelStateDesc", "Ringing"), ("DestCallerIDNum", "201"),
        ("DestUniqueid", call + "1"), ("DestLinkedid", call),
    ];

    public static AmiMessage QueueCallerJoin(double s, string call, string queue, string number = "+442079460123") =>
        Event("QueueCallerJoin", s, [.. Caller(call, number), ("Queue", queue), ("Position", "1"), ("Count", "1")]);

    public static AmiMessage QueueCallerLeave(double s, string call, string queue) =>
        Event("QueueCallerLeave", s, [.. Caller(call), ("Queue", queue), ("Count", "0"), ("Position", "1")]);

    public static AmiMessage QueueCallerAbandon(double s, string call, string queue, int holdTime) =>
        Event("QueueCallerAbandon", s, [.. Caller(call), ("Queue", queue), ("Position", "1"), ("OriginalPosition", "1"), ("HoldTime", holdTime.ToString(CultureInfo.InvariantCulture))]);

    public static AmiMessage AgentCalled(double s, string call, string queue, string iface, string memberName = "Alice") =>
        Event("AgentCalled", s, [.. Caller(call), .. Dest(call, iface), ("Queue", queue), ("Interface", iface), ("MemberName", memberName)]);

    public static AmiMessage AgentRingNoAnswer(double s, string call, string queue, string iface, int ringMs) =>
        Event("AgentRingNoAnswer", s, [.. Caller(call), .. Dest(call, iface), ("Queue", queue), ("Interface", iface), ("MemberName", "Alice"), ("RingTime", ringMs.ToString(CultureInfo.InvariantCulture))]);

    public static AmiMessage AgentConnect(double s, string call, string queue, string iface, int holdTime = 6, int ringTime = 3) =>
        Event("AgentConnect", s, [.. Caller(call), .. Dest(call, iface), ("Queue", queue), ("Interface", iface), ("MemberName", "Alice"),
            ("HoldTime", holdTime.ToString(CultureInfo.InvariantCulture)), ("RingTime", ringTime.ToString(CultureInfo.InvariantCulture))]);

    public static AmiMessage AgentComplete(double s, string call, string queue, string iface, string reason, int talkTime = 54) =>
        Event("AgentComplete", s, [.. Caller(call), .. Dest(call, iface), ("Queue", queue), ("Interface", iface), ("MemberName", "Alice"),
            ("HoldTime", "6"), ("TalkTime", talkTime.ToString(CultureInfo.InvariantCulture)), ("Reason", reason)]);

    /// <summary>A channel of the call hanging up: the caller's (uniqueid == call) or a member's.</summary>
    public static AmiMessage Hangup(double s, string uniqueid, string call) =>
        Event("Hangup", s, ("Channel", "PJSIP/x-00000001"), ("ChannelState", "6"), ("Uniqueid", uniqueid), ("Linkedid", call), ("Cause", "16"), ("Cause-txt", "Normal Clearing"));

    /// <summary>Hold and Unhold come from the channel that pressed hold (the agent's); music on hold plays on the caller's.</summary>
    public static AmiMessage Channel(string name, double s, string uniqueid, string call) =>
        Event(name, s, ("Channel", "PJSIP/201-0000000b"), ("ChannelState", "6"), ("Uniqueid", uniqueid), ("Linkedid", call), ("MusicClass", "default"), ("Class", "default"));

    /// <summary>Alice consulted 300 on a second call of her own (its Linkedid is that call's), then joined the caller to it.</summary>
    public static AmiMessage AttendedTransfer(double s, string call) =>
        Event("AttendedTransfer", s, ("Result", "Success"),
            ("OrigTransfererChannel", "PJSIP/201-0000000b"), ("OrigTransfererUniqueid", call + "1"), ("OrigTransfererLinkedid", call), ("OrigBridgeUniqueid", "b-1"),
            ("SecondTransfererChannel", "PJSIP/201-0000000c"), ("SecondTransfererUniqueid", call + "2"), ("SecondTransfererLinkedid", call + "2"), ("SecondBridgeUniqueid", "b-2"),
            ("TransfereeChannel", "PJSIP/trunk-0000000a"), ("TransfereeUniqueid", call), ("TransfereeLinkedid", call),
            ("TransferTargetChannel", "PJSIP/300-0000000d"), ("TransferTargetUniqueid", call + "3"), ("TransferTargetLinkedid", call + "2"),
            ("IsExternal", "No"), ("DestType", "Bridge"), ("DestBridgeUniqueid", "b-1"));

    public static AmiMessage BlindTransfer(double s, string call, string result = "Success") =>
        Event("BlindTransfer", s, ("Result", result), ("TransfererChannel", "PJSIP/201-0000000b"), ("TransfererUniqueid", call + "1"), ("TransfererLinkedid", call),
            ("TransfereeChannel", "PJSIP/trunk-0000000a"), ("TransfereeUniqueid", call), ("TransfereeLinkedid", call), ("IsExternal", "No"), ("Context", "internal"), ("Extension", "300"));

    public static AmiMessage Member(string name, double s, string queue, string iface = "PJSIP/201", string memberName = "Alice", string paused = "0", string status = "1", string? pausedReason = null) =>
        Event(name, s, ("Queue", queue), ("MemberName", memberName), ("Interface", iface), ("StateInterface", iface), ("Membership", "dynamic"), ("Penalty", "0"),
            ("CallsTaken", "0"), ("LastCall", "0"), ("LastPause", "0"), ("LoginTime", T0.ToString(CultureInfo.InvariantCulture)), ("InCall", "0"),
            ("Status", status), ("Paused", paused), ("PausedReason", pausedReason ?? ""), ("Ringinuse", "0"), ("Wrapuptime", "0"));

    public static List<Contracts.Events.FloorEvent> Feed(AmiEventMapper mapper, params AmiMessage[] messages) => [.. messages.SelectMany(mapper.Map)];
}
