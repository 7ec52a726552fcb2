using System.Text;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// The fuzz corpus for POST /api/events: about three thousand malformed, truncated, oversized, wrong-typed and
/// nonsensical requests, generated in one pass from one fixed seed, so every run sends the same inputs (only the
/// timestamps move with the clock). Junk events use ids of their own ("fc…", "fa…", "fq…"), never a scenario's.
/// </summary>
public static class Corpus
{
    public const int Seed = 20261124;
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxEvents = 10_000;

    /// <summary>The categories every run must pass; "far-future" meets known bugs and runs only in KnownBugs.</summary>
    public static readonly string[] Categories =
    [
        "truncated", "random-bytes", "top-level", "huge-strings", "deep-nesting", "wrong-field-types", "unknown-types",
        "missing-fields", "timestamps", "ids", "duplicated-fields", "unicode", "numbers", "empty-arrays", "size-limits",
        "item-limits", "content-types", "semantics", "mixed",
    ];

    private static readonly Lazy<IReadOnlyList<FuzzCase>> Built = new(() => Build(BuiltAt));

    /// <summary>The clock the corpus was built by: its timestamps are relative to it.</summary>
    public static DateTimeOffset BuiltAt { get; } = DateTimeOffset.UtcNow;

    public static IReadOnlyList<FuzzCase> All => Built.Value;

    public static IEnumerable<FuzzCase> Of(string category) => All.Where(c => c.Category == category);

    public static IReadOnlyList<FuzzCase> Build(DateTimeOffset now)
    {
        var r = new Random(Seed);
        var cases = new List<FuzzCase>(3_200);
        Truncated(r, now, cases, 300);
        RandomBytes(r, cases, 200);
        TopLevel(r, now, cases, 100);
        HugeStrings(r, now, cases, 80);
        DeepNesting(r, now, cases, 80);
        WrongFieldTypes(r, now, cases, 300);
        UnknownTypes(r, now, cases, 150);
        MissingFields(r, now, cases, 200);
        Timestamps(r, now, cases, 250);
        Timestamps(r, now, cases, 60, far: true);
        Ids(r, now, cases, 250);
        DuplicatedFields(r, now, cases, 150);
        Unicode(r, now, cases, 250);
        Numbers(r, now, cases, 100);
        EmptyArrays(r, cases, 80);
        SizeLimits(r, now, cases);
        ItemLimits(r, now, cases);
        ContentTypes(r, now, cases, 150);
        Semantics(r, now, cases, 200);
        Mixed(r, now, cases, 200);
        return cases;
    }

    /// <summary>A valid junk event of a random type.</summary>
    public static List<Field> AnyEvent(Random r, DateTimeOffset now) => Shapes.Event(r, r.Pick(Shapes.Types), Shapes.Recent(r, now));

    private static string ValidBatch(Random r, DateTimeOffset now, int events)
    {
        var items = new List<string>();
        while (items.Count < events)
        {
            if (r.Next(4) == 0)
            {
                items.AddRange(Shapes.CallLife(r, Shapes.Recent(r, now)).Select(Raw.Object));
            }
            else
            {
                items.Add(Raw.Object(AnyEvent(r, now)));
            }
        }

        return Raw.Array(items);
    }

    private static void Truncated(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string[] tails = ["", "", "", "]", "}]", "\"", "\"}]", ",", "null]", "\\"];
        for (var i = 0; i < count; i++)
        {
            var whole = ValidBatch(r, now, 1 + r.Next(15));
            var cut = 1 + r.Next(whole.Length - 1);
            var tail = r.Pick(tails);
            cases.Add(FuzzCase.Text("truncated", $"{i}-cut-{cut}-of-{whole.Length}{(tail.Length > 0 ? "+" + tail : string.Empty)}", whole[..cut] + tail, chunked: r.Next(5) == 0));
        }
    }

    private static void RandomBytes(Random r, List<FuzzCase> cases, int count)
    {
        const string jsonish = "[]{}\":,0123456789truefalsnl-+.eE \\u\t\r\n";
        for (var i = 0; i < count; i++)
        {
            byte[] body;
            switch (i % 10)
            {
                case < 4:
                    body = new byte[1 + r.Next(256)];
                    r.NextBytes(body);
                    break;
                case < 7:
                    body = new byte[2 + r.Next(1_024)];
                    r.NextBytes(body);
                    body[0] = (byte)'[';
                    break;
                case < 9:
                    body = Raw.Bytes("[" + Shapes.Chars(r, 1 + r.Next(512), jsonish));
                    break;
                default:
                    body = new byte[1 + r.Next(65_536)];
                    r.NextBytes(body);
                    break;
            }

            cases.Add(new FuzzCase("random-bytes", $"{i}", body, r.Next(3) == 0 ? null : "application/json", r.Next(4) == 0));
        }
    }

    private static readonly string[] Wrappers = ["events", "data", "items", "batch"];

    private static void TopLevel(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string[] fixedBodies =
        [
            "{}", "{\"events\":[]}", "\"events\"", "42", "-0", "1e309", "true", "false", "null", "\"\"", "[]", " [ ] ", "\uFEFF[]",
            "\uFEFF\uFEFF[]", "[]]", "[][]", "[],[]", "{\"a\":[]}", "[\"a\"]", "[1,2,3]", "{\"0\":{}}", "\"[]\"", "nul", "tru", "[", "]",
            "{", "}", ",", ":", "\u0000", "\u0000[]", "[]\u0000", "/* c */ []", "[] // c", "[1,]", "[,1]", "[,]", "{\"eventId\":\"e1\"}",
        ];
        for (var i = 0; i < count; i++)
        {
            string body = (i % 4) switch
            {
                0 => fixedBodies[(i / 4) % fixedBodies.Length],
                1 => Raw.Object(AnyEvent(r, now)),
                2 => Raw.Object(new[] { new Field(Raw.Str(r.Pick(Wrappers)), ValidBatch(r, now, 1 + r.Next(4))) }),
                _ => r.Pick(new[] { Raw.Str(ValidBatch(r, now, 2)), r.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "[" + Raw.Object(AnyEvent(r, now)) + "]" + Raw.Object(AnyEvent(r, now)), "{" + ValidBatch(r, now, 1) + "}" }),
            };
            cases.Add(FuzzCase.Text("top-level", $"{i}", body));
        }
    }

    private static string Filler(Random r, int length)
    {
        var unit = r.Next(6) switch
        {
            0 => "\\u0041",
            1 => "\u20AC",
            2 => "\\ud83d\\ude00",
            3 => "ab.-_9",
            4 => "\\\"",
            _ => "x",
        };
        var text = new StringBuilder(length * unit.Length);
        for (var i = 0; i < length; i++)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static void HugeStrings(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        int[] lengths = [256, 257, 1_000, 10_000, 100_000, 700_000, 1_000_000, 2_000_000];
        for (var i = 0; i < count; i++)
        {
            var fields = AnyEvent(r, now);
            var length = r.Pick(lengths);
            var filler = Filler(r, length);
            if (filler.Length > 4_300_000)
            {
                filler = filler[..4_300_000];
            }

            switch (r.Next(4))
            {
                case 0:
                    fields.Add(new Field(Raw.Str("note"), "\"" + filler + "\""));
                    break;
                case 1:
                    fields.Add(new Field("\"" + filler + "\"", "1"));
                    break;
                default:
                    var at = r.Next(fields.Count);
                    fields[at] = fields[at] with { Value = "\"" + filler + "\"" };
                    break;
            }

            var items = new List<string> { Raw.Object(fields) };
            for (var extra = r.Next(3); extra > 0; extra--)
            {
                items.Add(Raw.Object(AnyEvent(r, now)));
            }

            cases.Add(FuzzCase.Text("huge-strings", $"{i}-len-{length}", Raw.Array(items), chunked: r.Next(4) == 0));
        }
    }

    private static string Nest(int depth, bool objects, bool close)
    {
        var open = objects ? "{\"a\":" : "[";
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append("1");
        if (close)
        {
            text.Append(objects ? '}' : ']', depth);
        }

        return text.ToString();
    }

    private static void DeepNesting(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        int[] depths = [5, 6, 7, 8, 9, 10, 16, 64, 1_000, 100_000];
        for (var i = 0; i < count; i++)
        {
            var depth = r.Pick(depths);
            var objects = r.Next(2) == 0;
            var close = r.Next(6) != 0;
            string body;
            switch (i % 4)
            {
                case 0:
                    body = Nest(depth, objects, close);
                    break;
                case 1:
                    var fields = AnyEvent(r, now);
                    fields.Add(new Field(Raw.Str("extra"), Nest(depth, objects, close)));
                    body = "[" + Raw.Object(fields) + (close ? "]" : string.Empty);
                    break;
                case 2:
                    var known = AnyEvent(r, now);
                    var at = r.Next(known.Count);
                    known[at] = known[at] with { Value = Nest(depth, objects, close) };
                    body = "[" + Raw.Object(known) + (close ? "]" : string.Empty);
                    break;
                default:
                    var mixed = new StringBuilder();
                    for (var d = 0; d < depth; d++)
                    {
                        mixed.Append(d % 2 == 0 ? "[" : "{\"k\":");
                    }

                    for (var d = depth - 1; d >= 0 && close; d--)
                    {
                        mixed.Append(d % 2 == 0 ? "]" : "}");
                    }

                    body = "[" + mixed + "]";
                    break;
            }

            cases.Add(FuzzCase.Text("deep-nesting", $"{i}-depth-{depth}-{(objects ? "objects" : "arrays")}{(close ? string.Empty : "-unclosed")}", body));
        }
    }

    private static void WrongFieldTypes(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string[] badQueues = ["\"q1\"", "[1]", "[null]", "[{}]", "[[]]", "{\"0\":\"q1\"}", "[\"q1\",2]", "true", "0", "[\"\"]", "[\"a:b\"]"];
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(5); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                if (r.Next(6) == 0)
                {
                    fields = Shapes.Event(r, "AgentLoggedIn", Shapes.Recent(r, now));
                    fields.RemoveAll(f => f.PlainName == "queues");
                    fields.Add(new Field(Raw.Str("queues"), r.Pick(badQueues)));
                }
                else if (r.Next(5) != 0)
                {
                    var at = r.Next(fields.Count);
                    fields[at] = fields[at] with { Value = r.Pick(Broken.WrongTypeValues) };
                }

                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("wrong-field-types", $"{i}", Raw.Array(items)));
        }
    }

    private static void UnknownTypes(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(4); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                var real = r.Pick(Shapes.Types);
                var type = r.Next(8) switch
                {
                    0 => Raw.Str(real.ToLowerInvariant()),
                    1 => Raw.Str(real.ToUpperInvariant()),
                    2 => Raw.Str(real + r.Pick(new[] { " ", "s", "\u0000", "\u200B", "2" })),
                    3 => Raw.Str(Shapes.Chars(r, r.Next(40), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.")),
                    4 => "\"\\u0043" + real[1..] + "\"",
                    5 => r.Pick(new[] { "1", "null", "{}", "[]", "true" }),
                    6 => Raw.Str(r.Pick(new[] { "FloorEvent", "Unknown", "AgentLoggedInCallQueued", "Call", "Agent", "CallOffered,CallAnswered" })),
                    _ => Raw.Str(real.Insert(r.Next(real.Length), "_")),
                };
                var at = fields.FindIndex(f => f.PlainName == "type");
                fields[at] = fields[at] with { Value = type };
                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("unknown-types", $"{i}", Raw.Array(items)));
        }
    }

    private static void MissingFields(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(5); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                for (var drop = 1 + r.Next(Math.Min(3, fields.Count)); drop > 0 && fields.Count > 0; drop--)
                {
                    fields.RemoveAt(r.Next(fields.Count));
                }

                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("missing-fields", $"{i}", Raw.Array(items)));
        }
    }

    /// <summary>Timestamps that read as instants at the edges of what a date can hold, in the past or at most weeks ahead.</summary>
    private static readonly string[] EdgeTimestamps =
    [
        "0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000001Z", "0001-01-01T14:00:00+14:00", "1900-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "2000-02-29T12:00:00Z", "2026-11-24T10:00:00.123456789Z", "2026-11-24T10:00:00.1234567890123456Z", "2016-12-31T23:59:60Z",
        "2026-03-29T01:30:00+01:00", "2026-10-25T01:30:00+01:00", "2026-11-24T10:00:00+14:00", "2026-11-24T10:00:00-12:00", "2026-11-24T10:00Z",
        "2026-11-24T10Z", "2026-11-24T10:00:00+0100", "2026-11-24T10:00:00-00:00", "2026-11-24T24:00:00Z",
    ];

    /// <summary>Timestamps years ahead or at the end of time: they meet known bugs (KnownBugs.FarFuture, KnownBugs.EndOfTime).</summary>
    private static readonly string[] FarTimestamps =
    [
        "2100-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59+14:00",
    ];

    private static void Timestamps(Random r, DateTimeOffset now, List<FuzzCase> cases, int count, bool far = false)
    {
        var category = far ? "far-future" : "timestamps";
        DateTimeOffset[] anchors = far
            ? [DateTimeOffset.MaxValue.AddMinutes(-1), DateTimeOffset.MaxValue.AddSeconds(-30), DateTimeOffset.MaxValue.AddHours(-1), DateTimeOffset.MaxValue.AddDays(-2), now.AddYears(5), now.AddDays(60)]
            : [DateTimeOffset.MinValue, DateTimeOffset.MinValue.AddSeconds(1), new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), now.AddDays(-30), now.AddDays(-1), now.AddSeconds(30), now.AddDays(20)];
        for (var i = 0; i < count; i++)
        {
            string body;
            if (i % 5 == 4)
            {
                // A whole call life at an extreme instant: the grains compute durations, intervals, days and timers from it.
                var anchor = r.Pick(anchors);
                var step = r.Pick(new[] { 0.0, 0.0000001, 1, 3 });
                var life = Shapes.CallLife(r, anchor, s => Clamp(anchor, s * step));
                if (r.Next(3) == 0)
                {
                    // Abandoned while waiting: a short abandon moves the offer back to the tick it was queued.
                    life = [life[0], life[1], Shapes.Event(r, "CallAbandoned", Clamp(anchor, 2 * step), callId: life[1][3].Value.Trim('"'))];
                }

                body = Raw.Array(life.Select(Raw.Object));
                cases.Add(FuzzCase.Text(category, $"{i}-life-at-{Raw.Time(anchor)}-step-{step}", body));
                continue;
            }

            var items = new List<string>();
            for (var n = 1 + r.Next(4); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                var at = fields.FindIndex(f => f.PlainName == "at");
                fields[at] = fields[at] with
                {
                    Value = r.Next(3) switch
                    {
                        0 => Raw.Str(r.Pick(Broken.BadTimestamps)),
                        1 => Raw.Str(r.Pick(far ? FarTimestamps : EdgeTimestamps)),
                        _ => r.Pick(new[] { "1732442400", "1732442400000", "{\"$date\":1}", "[2026,11,24]", "null", "true", "\"\\u0032026-11-24T10:00:00Z\"" }),
                    },
                };
                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text(category, $"{i}", Raw.Array(items)));
        }
    }

    private static DateTimeOffset Clamp(DateTimeOffset anchor, double seconds)
    {
        var ticks = (long)(seconds * TimeSpan.TicksPerSecond);
        return ticks > DateTimeOffset.MaxValue.UtcTicks - anchor.UtcTicks ? DateTimeOffset.MaxValue : anchor.AddTicks(ticks);
    }

    private static void Ids(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string[] edgeButValid = [".", "..", "-", "_", "...", new string('z', 64), "A-Z.a_z-0.9", "0", "con", "nul", "index.html"];
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(4); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                var idFields = fields.Where(f => f.PlainName is "callId" or "agentId" or "queueId" or "teamId" or "toQueueId" or "toAgentId" or "eventId" or "queues").ToList();
                var target = r.Pick(idFields);
                var at = fields.IndexOf(target);
                var id = r.Next(4) == 0 ? r.Pick(edgeButValid) : r.Pick(Broken.BadIds);
                fields[at] = target with { Value = target.PlainName == "queues" ? Raw.Array([Raw.Str("fq" + r.Next(100)), Raw.Str(id)]) : Raw.Str(id) };
                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("ids", $"{i}", Raw.Array(items)));
        }
    }

    private static void DuplicatedFields(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(3); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                var twin = r.Pick(fields);
                var other = AnyEvent(r, now).FirstOrDefault(f => f.PlainName == twin.PlainName);
                var value = r.Next(4) switch
                {
                    0 => twin.Value,
                    1 when other.Name is not null => other.Value,
                    2 => r.Pick(Broken.WrongTypeValues),
                    _ => Raw.Str(r.Pick(Broken.BadIds)),
                };
                var name = r.Next(4) == 0 ? "\"\\u00" + ((int)twin.PlainName[0]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + twin.PlainName[1..] + "\"" : twin.Name;
                fields.Insert(r.Next(2) == 0 ? 0 : fields.Count, new Field(name, value));
                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("duplicated-fields", $"{i}", Raw.Array(items)));
        }
    }

    private static readonly string[] OddText =
    [
        "\\ud800", "\\udfff", "\\udbff\\udbff", "\\udc00\\ud800", "\\ud83d\\ude00", "\\u0000", "a\\u0000b", "\u202Eevil", "\u200F\u200E", "\u061C",
        "\uFEFF", "e\u0301", "\u200D\u200D", "\uFFFF", "\uFFFE", "\U0001F600", "\u0000", "\\u001f", "\\/", "\\b\\f\\n\\r\\t", "\u2028\u2029",
        "\uE000", "\uE001", "\uE002", "\uE003", "\\uD834\\uDD1E", "\\u00", "\\x41", "\\U0041", "\u0001", "\u001F", "\u007F", "\u0085",
    ];

    private static void Unicode(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var items = new List<string>();
            for (var n = 1 + r.Next(4); n > 0; n--)
            {
                var fields = AnyEvent(r, now);
                var odd = r.Pick(OddText);
                switch (r.Next(4))
                {
                    case 0:
                        // In a field's value (ids, type, at, free text alike).
                        var at = r.Next(fields.Count);
                        if (fields[at].Value.StartsWith('"'))
                        {
                            var value = fields[at].Value[1..^1];
                            var cut = r.Next(value.Length + 1);
                            fields[at] = fields[at] with { Value = "\"" + value[..cut] + odd + value[cut..] + "\"" };
                        }

                        break;
                    case 1:
                        // In free text: a name or a reason.
                        fields.Add(new Field(Raw.Str(r.Next(2) == 0 ? "name" : "reason"), "\"" + odd + "Ada" + odd + "\""));
                        break;
                    case 2:
                        // In a field's name.
                        var named = r.Next(fields.Count);
                        fields[named] = fields[named] with { Name = "\"" + fields[named].PlainName + odd + "\"" };
                        break;
                    default:
                        // In the event id, which is free text.
                        var id = fields.FindIndex(f => f.PlainName == "eventId");
                        fields[id] = fields[id] with { Value = "\"" + odd + Shapes.JunkId(r, "fe") + "\"" };
                        break;
                }

                items.Add(Raw.Object(fields));
            }

            cases.Add(FuzzCase.Text("unicode", $"{i}", Raw.Array(items)));
        }
    }

    private static void Numbers(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string[] numbers =
        [
            "1e309", "-1e309", "1e-400", "1E400", "123456789012345678901234567890123456789", "-0", "0e0", "1.7976931348623157e308",
            "4.9e-324", "NaN", "Infinity", "-Infinity", "0x10", "01", ".5", "1.", "+1", "1e", "--1", "1e+", "9".PadRight(5000, '9'),
        ];
        for (var i = 0; i < count; i++)
        {
            var number = r.Pick(numbers);
            string body;
            if (r.Next(2) == 0)
            {
                body = "[" + number + (r.Next(2) == 0 ? "," + Raw.Object(AnyEvent(r, now)) : string.Empty) + "]";
            }
            else
            {
                var fields = AnyEvent(r, now);
                var at = r.Next(fields.Count + 1);
                if (at == fields.Count)
                {
                    fields.Add(new Field(Raw.Str("count"), number));
                }
                else
                {
                    fields[at] = fields[at] with { Value = number };
                }

                body = "[" + Raw.Object(fields) + "]";
            }

            cases.Add(FuzzCase.Text("numbers", $"{i}-{(number.Length > 20 ? number[..20] + "…" : number)}", body));
        }
    }

    private static void EmptyArrays(Random r, List<FuzzCase> cases, int count)
    {
        string[] units = ["null", "[]", "{}", "\"\"", "true", "[null]", "{\"eventId\":null,\"type\":null,\"at\":null}", "[[]]", " "];
        for (var i = 0; i < count; i++)
        {
            var unit = r.Pick(units);
            var n = r.Next(4) switch
            {
                0 => 0,
                1 => 1,
                2 => 2 + r.Next(10),
                _ => r.Next(5_000),
            };
            var body = unit == " " ? "[" + new string(' ', n) + "]" : Raw.Array(Enumerable.Repeat(unit, n));
            cases.Add(FuzzCase.Text("empty-arrays", $"{i}-{n}x{unit}", body, chunked: r.Next(3) == 0));
        }
    }

    private static byte[] Padded(string head, int size, string tail)
    {
        var body = new byte[size];
        Array.Fill(body, (byte)' ');
        Raw.Bytes(head).CopyTo(body, 0);
        var end = Raw.Bytes(tail);
        end.CopyTo(body, size - end.Length);
        return body;
    }

    private static void SizeLimits(Random r, DateTimeOffset now, List<FuzzCase> cases)
    {
        var one = Raw.Object(AnyEvent(r, now));
        foreach (var chunked in new[] { false, true })
        {
            var how = chunked ? "chunked" : "sized";
            cases.Add(new FuzzCase("size-limits", $"exactly-4MB-of-space-{how}", Padded("[", MaxBytes, "]"), Chunked: chunked));
            cases.Add(new FuzzCase("size-limits", $"4MB-minus-1-one-event-{how}", Padded("[" + one, MaxBytes - 1, "]"), Chunked: chunked));
            cases.Add(new FuzzCase("size-limits", $"4MB-plus-1-{how}", Padded("[", MaxBytes + 1, "]"), Chunked: chunked));
            cases.Add(new FuzzCase("size-limits", $"8MB-{how}", Padded("[", 2 * MaxBytes, "]"), Chunked: chunked));

            // One event whose unknown field fills the body to the byte: at the limit, and one past it.
            var head = "[" + one[..^1] + ",\"pad\":\"";
            cases.Add(new FuzzCase("size-limits", $"one-event-padded-to-4MB-{how}", Padded(head + new string('p', MaxBytes - head.Length - 3), MaxBytes, "\"}]"), Chunked: chunked));
            cases.Add(new FuzzCase("size-limits", $"one-event-padded-to-4MB-plus-1-{how}", Padded(head + new string('p', MaxBytes - head.Length - 2), MaxBytes + 1, "\"}]"), Chunked: chunked));
        }

        // Just under 4 MB of broken events, each a few hundred bytes: under both limits, judged item by item.
        var items = new List<string>();
        var size = 2;
        while (true)
        {
            var fields = AnyEvent(r, now);
            fields.RemoveAll(f => f.PlainName == "eventId");
            fields.Add(new Field(Raw.Str("pad"), Raw.Str(new string('p', 400))));
            var item = Raw.Object(fields);
            if (size + item.Length + 1 > MaxBytes - 1_000 || items.Count == MaxEvents)
            {
                break;
            }

            items.Add(item);
            size += item.Length + 1;
        }

        cases.Add(FuzzCase.Text("size-limits", $"{items.Count}-broken-events-under-4MB", Raw.Array(items)));
    }

    private static void ItemLimits(Random r, DateTimeOffset now, List<FuzzCase> cases)
    {
        cases.Add(FuzzCase.Text("item-limits", "9999-empty-objects", Raw.Array(Enumerable.Repeat("{}", MaxEvents - 1))));
        cases.Add(FuzzCase.Text("item-limits", "10000-numbers", Raw.Array(Enumerable.Repeat("1", MaxEvents))));
        cases.Add(FuzzCase.Text("item-limits", "10001-empty-objects", Raw.Array(Enumerable.Repeat("{}", MaxEvents + 1))));
        cases.Add(FuzzCase.Text("item-limits", "10001-empty-objects-chunked", Raw.Array(Enumerable.Repeat("{}", MaxEvents + 1)), chunked: true));
        cases.Add(FuzzCase.Text("item-limits", "20000-nulls", Raw.Array(Enumerable.Repeat("null", 2 * MaxEvents))));
        cases.Add(FuzzCase.Text("item-limits", "200000-zeros", Raw.Array(Enumerable.Repeat("0", 20 * MaxEvents))));
        cases.Add(FuzzCase.Text("item-limits", "10000-events-missing-type", Raw.Array(Enumerable.Range(0, MaxEvents).Select(i => $"{{\"eventId\":\"fe{i}\"}}"))));

        // Ten thousand well-formed events the grains must judge: holds of calls that were never queued, on 300 calls.
        var calls = Enumerable.Range(0, 300).Select(_ => Shapes.JunkId(r, "fc")).ToArray();
        var holds = Enumerable.Range(0, MaxEvents).Select(i => Raw.Object(Shapes.Event(r, i % 2 == 0 ? "CallHeld" : "CallResumed", Shapes.Recent(r, now), callId: calls[i % calls.Length]))).ToList();
        cases.Add(FuzzCase.Text("item-limits", "10000-holds-of-unknown-calls", Raw.Array(holds)));
        holds.Add(Raw.Object(AnyEvent(r, now)));
        cases.Add(FuzzCase.Text("item-limits", "10001-well-formed-events", Raw.Array(holds)));

        // A batch at the item limit mixing every kind of item.
        var mixed = Enumerable.Range(0, MaxEvents).Select(_ => MixedItem(r, now, validPercent: 3)).ToList();
        cases.Add(FuzzCase.Text("item-limits", "10000-mixed-items", Raw.Array(mixed)));
    }

    private static void ContentTypes(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        string?[] types =
        [
            null, "text/plain", "text/json", "application/json; charset=utf-8", "application/json; charset=utf-16", "application/json; charset=latin1",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=----fuzz", "application/xml", "application/octet-stream", "*/*",
            "garbage", "application/json;;;", "application/problem+json", "application/merge-patch+json", "image/png", "application/json; charset=\"x",
            "APPLICATION/JSON", "application/x-ndjson", "text/csv",
        ];
        for (var i = 0; i < count; i++)
        {
            var type = r.Pick(types);
            var json = ValidBatch(r, now, 1 + r.Next(3));
            byte[] body = r.Next(6) switch
            {
                0 => Encoding.Unicode.GetBytes(json),
                1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)],
                2 => Raw.Bytes(r.Pick(new[] { "a=1&b=2", "events=" + Uri.EscapeDataString(json), "<events><event/></events>", "------fuzz\r\nContent-Disposition: form-data; name=\"e\"\r\n\r\n" + json + "\r\n------fuzz--\r\n", "eventId,type,at\r\ne1,CallQueued,now" })),
                3 => Encoding.Latin1.GetBytes(json.Replace("Agent ", "Agent \u00E9", StringComparison.Ordinal)),
                _ => Raw.Bytes(json),
            };
            cases.Add(new FuzzCase("content-types", $"{i}-{type ?? "none"}", body, type, r.Next(4) == 0));
        }
    }

    private static void Semantics(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var start = Shapes.Recent(r, now);
            var life = Shapes.CallLife(r, start, s => start.AddSeconds(s * (1 + r.Next(30))));
            var callId = life[1].First(f => f.PlainName == "callId").Value.Trim('"');
            var agentId = life[0].First(f => f.PlainName == "agentId").Value.Trim('"');
            string name;
            switch (i % 8)
            {
                case 0:
                    name = "shuffled-life";
                    Shuffle(r, life);
                    break;
                case 1:
                    name = "hold-after-end";
                    life.Add(Shapes.Event(r, "CallHeld", start.AddHours(1), callId, agentId));
                    life.Add(Shapes.Event(r, "CallResumed", start.AddHours(1).AddSeconds(1), callId, agentId));
                    break;
                case 2:
                    name = "answer-by-busy-agent";
                    life.RemoveRange(6, life.Count - 6);
                    life.Add(Shapes.Event(r, "CallAnswered", start.AddMinutes(5), agentId: agentId));
                    life.Add(Shapes.Event(r, "CallOffered", start.AddMinutes(5), agentId: agentId));
                    life.Add(Shapes.Event(r, "AgentStateChanged", start.AddMinutes(5), agentId: agentId));
                    break;
                case 3:
                    name = "same-event-id-different-content";
                    var twin = Shapes.Event(r, "CallEnded", start.AddSeconds(2), callId, agentId, eventId: life[3][0].Value.Trim('"'));
                    life.Insert(r.Next(life.Count), twin);
                    break;
                case 4:
                    name = "every-event-twice";
                    life.AddRange(life.ToList());
                    Shuffle(r, life);
                    break;
                case 5:
                    name = "resume-without-hold-and-double-end";
                    life.RemoveAt(4);
                    life.Add(Shapes.Event(r, "CallEnded", start.AddHours(2), callId, agentId));
                    life.Add(Shapes.Event(r, "CallQueued", start.AddHours(2), callId, agentId));
                    life.Add(Shapes.Event(r, "CallAbandoned", start.AddHours(2), callId, agentId));
                    break;
                case 6:
                    name = "agent-events-without-login";
                    life.RemoveAt(0);
                    life.Add(Shapes.Event(r, "AgentLoggedOut", start.AddHours(1), agentId: agentId));
                    life.Add(Shapes.Event(r, "AssistanceRequested", start.AddHours(1), callId: callId, agentId: agentId));
                    life.Add(Shapes.Event(r, "AssistanceCleared", start.AddHours(1), agentId: agentId));
                    break;
                default:
                    name = "transfers";
                    life.RemoveRange(6, life.Count - 6);
                    var both = Shapes.Event(r, "CallTransferred", start.AddSeconds(40), callId, agentId);
                    both.RemoveAll(f => f.PlainName is "toQueueId" or "toAgentId");
                    if (r.Next(2) == 0)
                    {
                        both.Add(Field.Text("toQueueId", Shapes.JunkId(r, "fq")));
                        both.Add(Field.Text("toAgentId", agentId));
                    }

                    life.Add(both);
                    var toSelf = Shapes.Event(r, "CallTransferred", start.AddSeconds(41), callId, agentId);
                    toSelf.RemoveAll(f => f.PlainName is "toQueueId" or "toAgentId");
                    toSelf.Add(Field.Text("toAgentId", agentId));
                    life.Add(toSelf);
                    life.Add(Shapes.Event(r, "CallTransferred", start.AddSeconds(42), callId, agentId));
                    break;
            }

            cases.Add(FuzzCase.Text("semantics", $"{i}-{name}", Raw.Array(life.Select(Raw.Object))));
        }
    }

    /// <summary>One item of any kind: a valid junk event (<paramref name="validPercent"/> of them), broken, not an object, or carrying junk.</summary>
    private static string MixedItem(Random r, DateTimeOffset now, int validPercent = 20)
    {
        var roll = r.Next(100);
        return roll < validPercent ? Raw.Object(AnyEvent(r, now))
            : roll < 80 ? Broken.Item(r, AnyEvent(r, now))
            : roll < 90 ? r.Pick(Broken.NotObjects)
            : Raw.Object(AnyEvent(r, now).Concat([new Field(Raw.Str("extra"), r.Pick(Broken.WrongTypeValues))]));
    }

    private static void Mixed(Random r, DateTimeOffset now, List<FuzzCase> cases, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = r.Next(5) == 0 ? r.Next(300) : 1 + r.Next(30);
            var items = Enumerable.Range(0, n).Select(_ => MixedItem(r, now)).ToList();
            cases.Add(FuzzCase.Text("mixed", $"{i}-{n}-items", Raw.Array(items), chunked: r.Next(5) == 0));
        }
    }

    public static void Shuffle<T>(Random r, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
