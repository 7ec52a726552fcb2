using ContactCenter.Contracts.Events;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class RequiredFieldTests
{
    /// <summary>For every type, a complete set of fields and which of them are required.</summary>
    private static readonly (string Type, (string Field, string Value)[] Fields, string[] Required)[] Types =
    [
        ("CallQueued", [("callId", "'c-1'"), ("queueId", "'q-1'")], ["callId", "queueId"]),
        ("CallDialed", [("callId", "'c-1'"), ("agentId", "'a-1'"), ("queueId", "'q-1'")], ["callId", "agentId", "queueId"]),
        ("CallOffered", [("callId", "'c-1'"), ("agentId", "'a-1'")], ["callId", "agentId"]),
        ("CallAnswered", [("callId", "'c-1'"), ("agentId", "'a-1'")], ["callId", "agentId"]),
        ("CallHeld", [("callId", "'c-1'")], ["callId"]),
        ("CallResumed", [("callId", "'c-1'")], ["callId"]),
        ("CallTransferred", [("callId", "'c-1'"), ("toAgentId", "'a-2'")], ["callId"]),
        ("CallEnded", [("callId", "'c-1'")], ["callId"]),
        ("CallAbandoned", [("callId", "'c-1'")], ["callId"]),
        ("AgentLoggedIn", [("agentId", "'a-1'")], ["agentId"]),
        ("AgentStateChanged", [("agentId", "'a-1'"), ("state", "'available'")], ["agentId", "state"]),
        ("AgentLoggedOut", [("agentId", "'a-1'")], ["agentId"]),
        ("AssistanceRequested", [("agentId", "'a-1'"), ("reason", "'abusive caller'")], ["agentId", "reason"]),
        ("AssistanceCleared", [("agentId", "'a-1'")], ["agentId"]),
    ];

    public static TheoryData<string> EveryType()
    {
        var data = new TheoryData<string>();
        foreach (var (type, _, _) in Types)
        {
            data.Add(type);
        }

        return data;
    }

    public static TheoryData<string, string> EveryRequiredField()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, _, required) in Types)
        {
            foreach (var field in required)
            {
                data.Add(type, field);
            }
        }

        return data;
    }

    [Fact]
    public void The_table_covers_every_event_type()
    {
        Assert.Equal(Enum.GetNames<FloorEventType>().Order(), Types.Select(t => t.Type).Order());
    }

    [Theory]
    [MemberData(nameof(EveryType))]
    public void An_event_with_its_required_fields_is_accepted(string type)
    {
        var e = Accepted(Item(type, Fields(type, without: null)));

        Assert.Equal(Enum.Parse<FloorEventType>(type), e.Type);
        Assert.Equal("e-1", e.EventId);
        Assert.Equal(AtValue, e.At);
    }

    [Theory]
    [MemberData(nameof(EveryRequiredField))]
    public void A_missing_required_field_rejects_the_event_naming_the_field(string type, string field)
    {
        var rejected = Rejected(Item(type, Fields(type, without: field)));

        Assert.Equal(new(0, "e-1", field, "required", $"{field} is required for {type}"), rejected);
    }

    [Theory]
    [MemberData(nameof(EveryRequiredField))]
    public void A_null_required_field_is_as_missing(string type, string field)
    {
        var fields = Fields(type, without: field);
        var rejected = Rejected(Item(type, (fields.Length == 0 ? "" : fields + ",") + $"'{field}':null"));

        Assert.Equal(new(0, "e-1", field, "required", $"{field} is required for {type}"), rejected);
    }

    [Fact]
    public void An_event_without_an_id_is_rejected_without_one()
    {
        var rejected = Rejected(Json("{'type':'CallHeld','at':'2026-11-24T10:00:00Z','callId':'c-1'}"));

        Assert.Equal(new(0, null, "eventId", "required", "eventId is required"), rejected);
    }

    [Fact]
    public void An_event_without_a_type_is_rejected()
    {
        var rejected = Rejected(Json("{'eventId':'e-1','at':'2026-11-24T10:00:00Z','callId':'c-1'}"));

        Assert.Equal(new(0, "e-1", "type", "required", "type is required"), rejected);
    }

    [Fact]
    public void An_event_without_a_time_is_rejected()
    {
        var rejected = Rejected(Json("{'eventId':'e-1','type':'CallHeld','callId':'c-1'}"));

        Assert.Equal(new(0, "e-1", "at", "required", "at is required for CallHeld"), rejected);
    }

    [Fact]
    public void An_empty_object_is_rejected_for_its_missing_id()
    {
        var rejected = Rejected("{}");

        Assert.Equal(new(0, null, "eventId", "required", "eventId is required"), rejected);
    }

    private static string Fields(string type, string? without)
    {
        var parts = new List<string>();
        foreach (var (name, value) in Array.Find(Types, t => t.Type == type).Fields)
        {
            if (name != without)
            {
                parts.Add($"'{name}':{value}");
            }
        }

        return string.Join(",", parts);
    }
}
