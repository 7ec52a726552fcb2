using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Connectors.Asterisk.Tests.Ami;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>
/// The product with its AMI connector pointed at a small AMI server, on a floor clock fixed at
/// noon so a scenario's day is known. Frames are written as the Asterisk documentation gives them,
/// with the Timestamp field (timestampevents=yes) at <see cref="T0"/> plus seconds.
/// </summary>
internal sealed class AmiFloor : IAsyncDisposable
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset T0 = Noon.AddMinutes(-10);

    public AmiFloor(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["Connectors:Ami:Enabled"] = "true",
            ["Connectors:Ami:Host"] = "127.0.0.1",
            ["Connectors:Ami:Port"] = Server.Port.ToString(CultureInfo.InvariantCulture),
            ["Connectors:Ami:Username"] = "contactcenter",
            ["Connectors:Ami:Secret"] = Server.AcceptedSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        App = new FloorApp(new FloorAppOptions("ami") { Security = false, FloorClock = new FakeTimeProvider(Noon), Settings = all });
        Client = App.CreateClient();
    }

    public FakeAmiServer Server { get; } = new();

    public FloorApp App { get; }

    public HttpClient Client { get; }

    public static string Time(double seconds) => (T0.ToUnixTimeSeconds() + (decimal)seconds).ToString("0.000000", CultureInfo.InvariantCulture);

    public Task LoggedInAsync() => Until(() => Task.FromResult(Server.Logins >= 1), "the connector to log in to AMI");

    /// <summary>Sends frames as Asterisk would; each is (event, seconds after T0, fields).</summary>
    public Task PushAsync(params (string Event, double Seconds, (string, string)[] Fields)[] events) =>
        Server.PushAsync(string.Concat(events.Select(e => FakeAmiServer.Frame([("Event", e.Event), ("Privilege", "agent,all"), ("Timestamp", Time(e.Seconds)), .. e.Fields]))));

    /// <summary>A GET's JSON body, or null while it is 404.</summary>
    public async Task<JsonElement?> GetAsync(string path)
    {
        var reply = await Client.GetReplyAsync(path);
        return reply.Status == HttpStatusCode.NotFound ? null : reply.Status(HttpStatusCode.OK).Body;
    }

    public async Task<JsonElement> UntilAsync(string path, Func<JsonElement, bool> done, string what) =>
        (await Eventually.Get(() => GetAsync(path), body => body is { } b && done(b), what, deadlineMs: 30_000))!.Value;

    public static Task Until(Func<Task<bool>> condition, string what) => Eventually.Get(condition, holds => holds, what, deadlineMs: 30_000);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }
}
