namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// Items the event API must reject on their own (never accept, never refuse the batch for): each breaks one
/// rule of the README in a way no later event can repair, so they are safe to mix with valid events.
/// </summary>
public static class Broken
{
    /// <summary>Timestamps the API cannot read as an instant with an offset, whatever the rest of the item says.</summary>
    public static readonly string[] BadTimestamps =
    [
        "2026-11-24T10:00:00", "2026-11-24T10:00:00.123", "2026-11-24", "10:00:00Z", "2026-11-24 10:00:00Z", "garbage", "", " ",
        "0000-01-01T00:00:00Z", "0000-00-00T00:00:00Z", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-24T25:00:00Z",
        "2026-11-24T10:61:00Z", "2026-11-24T10:00:61Z", "2026-11-24T10:00:00+25:00", "2026-11-24T10:00:00+1", "2026-11-24T10:00:00ZZ",
        "2026-11-24T10:00:00z", "20261124T100000", "T", "Z", "-", "+", "2026-11-24TZ", "2026-11-24T10:00:00+", "yesterday",
        "1732442400", "2026-11-24T10:00:00 +01:00", "2026-11-24T10:00:00Z garbage", "2026-11-24T10:00:00\u0000Z",
        "\u202E2026-11-24T10:00:00Z", "2026\u201311\u201324T10:00:00Z", "99999-11-24T10:00:00Z", "-2026-11-24T10:00:00Z",
        "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
    ];

    /// <summary>Ids with what the wire forbids (':' and '/' most of all), or the wrong length.</summary>
    public static readonly string[] BadIds =
    [
        "", "a:b", "a/b", "../etc", "a b", " a", "a\n", "a\r\n", "a\t", "a?b", "a#b", "a%2Fb", "a+b", "a,b", "a;b", "a\"b", "a\\b",
        "q\u00e9", "\u202Eq1", "q1\u200F", "\u00A0", "a\u0000", "\u0000", "\uFEFFa", "\U0001F600", "a*", "<script>", "a&b", "a=b",
        new string('x', 65), new string('7', 300), "LongHold:c1:1", "a|b", "a~b", "a'b", "a@b", "a!b", "a$b", "a(b)", "[a]", "{a}",
    ];

    public static readonly string[] WrongTypeValues =
    [
        "0", "-1", "1.5", "1e309", "-1e309", "1e-400", "123456789012345678901234567890", "-0", "true", "false",
        "{}", "{\"x\":1}", "[]", "[\"a\"]", "[1]", "[null]", "{\"$date\":\"2026-11-24T10:00:00Z\"}",
    ];

    public static readonly string[] NotObjects =
    [
        "1", "0", "-1", "1e309", "\"event\"", "\"\"", "true", "false", "null", "[]", "[1]", "[[]]", "[null]", "[{}]", "\"\\ud800\"",
    ];

    /// <summary>Required fields per type (beyond eventId, type and at).</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["CallQueued"] = ["callId", "queueId"],
        ["CallDialed"] = ["callId", "agentId", "queueId"],
        ["CallOffered"] = ["callId", "agentId"],
        ["CallAnswered"] = ["callId", "agentId"],
        ["CallHeld"] = ["callId"],
        ["CallResumed"] = ["callId"],
        ["CallTransferred"] = ["callId"],
        ["CallEnded"] = ["callId"],
        ["CallAbandoned"] = ["callId"],
        ["AgentLoggedIn"] = ["agentId"],
        ["AgentStateChanged"] = ["agentId", "state"],
        ["AgentLoggedOut"] = ["agentId"],
        ["AssistanceRequested"] = ["agentId", "reason"],
        ["AssistanceCleared"] = ["agentId"],
    };

    /// <summary>
    /// A broken copy of a valid event (as its fields): one fault the parser must reject it for. The event keeps
    /// its ids, so a broken item can aim at a real call or agent and must still change nothing.
    /// </summary>
    public static string Item(Random r, List<Field> valid, bool rawBytes = true)
    {
        var fields = new List<Field>(valid);
        var type = fields.First(f => f.PlainName == "type").Value.Trim('"');
        var required = new[] { "eventId", "type", "at" }.Concat(Required[type]).ToArray();
        var idFields = fields.Select(f => f.PlainName).Where(n => n is "callId" or "agentId" or "queueId" or "teamId" or "toQueueId" or "toAgentId").ToArray();
        switch (r.Next(rawBytes ? 12 : 11))
        {
            case 0:
                // A required field missing, or null (null means absent).
                var missing = r.Pick(required);
                var at = fields.FindIndex(f => f.PlainName == missing);
                if (at < 0)
                {
                    goto case 1;
                }

                if (r.Next(2) == 0)
                {
                    fields.RemoveAt(at);
                }
                else
                {
                    fields[at] = fields[at] with { Value = "null" };
                }

                break;
            case 1:
                // A field the type reads, with a value of the wrong JSON type.
                var target = r.Pick(fields.Where(f => f.Value.StartsWith('"')).Select(f => f.PlainName).ToArray());
                Replace(fields, target, r.Pick(WrongTypeValues));
                break;
            case 2:
                if (idFields.Length == 0)
                {
                    goto case 3;
                }

                Replace(fields, r.Pick(idFields), Raw.Str(r.Pick(BadIds)));
                break;
            case 3:
                Replace(fields, "at", Raw.Str(r.Pick(BadTimestamps)));
                break;
            case 4:
                Replace(fields, "type", Raw.Str(r.Pick(new[] { "CallTeleported", "callqueued", "CALLQUEUED", "Call Queued", " CallQueued", "CallQueued ", "CallQueued\u0000", "", "Call", "AgentLoggedIn2", "null", "0" })));
                break;
            case 5:
                return r.Pick(NotObjects);
            case 6:
                // A string past the 256-character limit.
                var longField = r.Pick(required.Where(n => n != "at" && n != "type").ToArray());
                Replace(fields, longField, Raw.Str(new string('x', 257 + r.Next(2_000))));
                break;
            case 7:
                // A lone surrogate escape: legal JSON syntax, not text.
                var textField = r.Pick(required.Where(n => n != "at").ToArray());
                Replace(fields, textField, "\"" + r.Pick(new[] { "\\ud800", "\\udc00", "x\\udbff", "\\udc00\\ud800", "\\ud800x" }) + "\"");
                break;
            case 8:
                // A value outside its field's list.
                if (type == "AgentStateChanged")
                {
                    Replace(fields, "state", Raw.Str(r.Pick(new[] { "busy", "Available", "talking", "logged-out", "", " available", "wrap_up" })));
                }
                else if (type == "CallEnded")
                {
                    Replace(fields, "reason", Raw.Str(r.Pick(new[] { "done", "Completed", "hangup", "" })));
                }
                else if (type == "CallQueued")
                {
                    Replace(fields, r.Next(2) == 0 ? "direction" : "customerTier", Raw.Str(r.Pick(new[] { "outbound", "VIP", "gold", "", "inbound " })));
                }
                else
                {
                    goto case 3;
                }

                break;
            case 9:
                // Blank text where text is required.
                Replace(fields, r.Next(2) == 0 || type != "AssistanceRequested" ? "eventId" : "reason", Raw.Str(r.Pick(new[] { "", " ", "\t", "\n", "\u00A0\u2003" })));
                break;
            case 10:
                // A repeated field whose last value is broken (the last one wins).
                var repeated = r.Pick(required.Where(n => n != "eventId").ToArray());
                var original = fields.FirstOrDefault(f => f.PlainName == repeated);
                fields.RemoveAll(f => f.PlainName == repeated);
                if (original.Name is not null)
                {
                    fields.Add(original);
                }

                fields.Add(new Field(Raw.Str(repeated), repeated == "at" ? Raw.Str("2026-11-24T10:00:00") : "42"));
                break;
            default:
                // Bytes that are not UTF-8 inside a required string (see Raw.Bytes for the placeholders).
                var bytesField = r.Pick(required.Where(n => n != "at" && n != "type").ToArray());
                Replace(fields, bytesField, "\"x" + r.Pick(Raw.NotUtf8) + "x\"");
                break;
        }

        return Raw.Object(fields);
    }

    private static void Replace(List<Field> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.PlainName == name);
        if (index < 0)
        {
            fields.Add(new Field(Raw.Str(name), value));
        }
        else
        {
            fields[index] = fields[index] with { Value = value };
        }
    }
}
