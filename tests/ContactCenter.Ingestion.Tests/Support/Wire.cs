using System.Text;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Ingestion.Tests.Support;

/// <summary>
/// Builds request bodies for the tests. JSON is written with single quotes, which read better inside C# strings,
/// and turned into double quotes here; a test that needs a real single quote writes \u0027.
/// </summary>
internal static class Wire
{
    public const string At = "2026-11-24T10:00:00Z";

    public static readonly DateTimeOffset AtValue = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    /// <summary>One event object with eventId "e-1", the given type, <see cref="At"/> and the extra fields.</summary>
    public static string Item(string type, string fields = "", string eventId = "e-1") =>
        Json($"{{'eventId':'{eventId}','type':'{type}','at':'{At}'{(fields.Length == 0 ? "" : "," + fields)}}}");

    public static EventBatchParseResult Parse(string json, EventBatchLimits? limits = null) =>
        EventBatchParser.Parse(Encoding.UTF8.GetBytes(json), limits ?? EventBatchLimits.Default);

    public static EventBatchParseResult ParseItems(params string[] items) => Parse("[" + string.Join(",", items) + "]");

    public static FloorEvent Accepted(string item, EventBatchLimits? limits = null)
    {
        var result = Parse("[" + item + "]", limits);
        Assert.True(result.IsSuccess, result.Error?.Reason);
        Assert.Empty(result.Rejected);
        var parsed = Assert.Single(result.Events);
        Assert.Equal(0, parsed.Index);
        return parsed.Event;
    }

    public static RejectedEvent Rejected(string item, EventBatchLimits? limits = null)
    {
        var result = Parse("[" + item + "]", limits);
        Assert.True(result.IsSuccess, result.Error?.Reason);
        Assert.Empty(result.Events);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(0, rejected.Index);
        return rejected;
    }

    public static BatchError Refused(string json, EventBatchLimits? limits = null)
    {
        var result = Parse(json, limits);
        Assert.False(result.IsSuccess);
        Assert.Empty(result.Events);
        Assert.Empty(result.Rejected);
        return result.Error;
    }
}
