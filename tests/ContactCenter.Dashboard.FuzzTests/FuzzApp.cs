using Microsoft.Extensions.Logging;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline) with the simulator off, on free silo ports and its own
/// cluster, with a connector key and an admin configured, and every error the server logs kept for the report.
/// </summary>
public sealed class FuzzApp : FloorApp
{
    public const string ConnectorKey = "fuzz-connector-key-0123456789";

    /// <summary>An admin of the fuzz's own, for the reads: with security on, a connector key may only post events.</summary>
    public const string Admin = "fuzz.admin";

    private const string AdminPassword = "fuzz-admin-password-0123456789";

    public FuzzApp()
        : this(new ServerLog())
    {
    }

    private FuzzApp(ServerLog log)
        : base(Options(log)) => Log = log;

    public ServerLog Log { get; }

    /// <summary>A client that sends the connector key on every request.</summary>
    public HttpClient Connector()
    {
        var client = Connector(ConnectorKey);
        client.Timeout = Timeout.InfiniteTimeSpan; // Each request carries its own deadline (FuzzClient).
        return client;
    }

    /// <summary>
    /// A client for the read API: signed in as <see cref="Admin"/> when security is on; a plain client when it is off
    /// (there is no one to sign in as, and every read is open). It never sends the connector key, which would make it
    /// a connector.
    /// </summary>
    public async Task<HttpClient> ReaderAsync()
    {
        var client = CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        var signIn = await client.PostJsonAsync($$"""{"username":"{{Admin}}","password":"{{AdminPassword}}"}""", "/api/auth/token");
        if (signIn.Code == 200)
        {
            using var tokens = System.Text.Json.JsonDocument.Parse(signIn.Body);
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.RootElement.GetProperty("accessToken").GetString());
        }

        return client;
    }

    private static FloorAppOptions Options(ServerLog log) => new("fuzz-tests")
    {
        // A high index, so no user of the profile is merged into this one.
        Settings = new Dictionary<string, string>(UserSettings.Of(90, Admin, "admin", AdminPassword))
        {
            ["Security:ConnectorKeys:0"] = ConnectorKey,
            // The fuzz is about what a body holds, not about the rate limiter: thousands of requests must not wait on it
            // (a 429 would still be waited out, see FuzzClient).
            ["Security:ConnectorBatchesPerSecond"] = "100000",
        },
        Logging = logging => logging.AddProvider(log),
    };
}
