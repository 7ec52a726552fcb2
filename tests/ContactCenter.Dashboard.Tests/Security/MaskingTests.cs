using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The caller's number appears masked in every payload: REST reads, hub snapshots and hub deltas.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class MaskingTests(SecuredFloorFixture app)
{
    /// <summary>
    /// Digits the mask hides. Only text is searched, timestamps aside: a figure such as an occupancy of 0.0691473879469,
    /// or a time such as 19:17:23.7946849, holds them by chance.
    /// </summary>
    private const string Digits = "7946";

    [Fact]
    public async Task No_payload_of_the_api_or_the_hub_carries_a_callers_whole_number()
    {
        var (call, agent) = (Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        var sam = await app.As("sam.supervisor");
        var ada = await app.As("ada.agent");
        var token = (await app.SignInAsync("ari.admin")).AccessToken;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, LiveHosting.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var deltas = new List<string>();
        hub.On<JsonElement>("delta", d =>
        {
            lock (deltas)
            {
                deltas.Add(d.GetRawText());
            }
        });
        await hub.StartAsync();
        await hub.InvokeAsync<JsonElement>("Subscribe", "floor");

        await app.Connector().GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), "t1", "q1"),
            Wire.AgentLoggedIn("a1", now.AddMinutes(-5), "t1", "q1"),
            Wire.CallQueued(call, "q1", now.AddSeconds(-30)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-20)),
            Wire.CallHeld(call, now.AddSeconds(-10)));
        // The call's own row, not the agent's row naming it: the two may arrive in different deltas.
        await Eventually.Get(() => Task.FromResult(Snapshot(deltas)), all => all.Contains($"\"itemId\":\"{call}\"", StringComparison.Ordinal), "the call's row on the hub");

        string[] payloads =
        [
            await sam.GetStringAsync("/api/floor"),
            await sam.GetStringAsync("/api/queues/q1"),
            await sam.GetStringAsync($"/api/calls/{call}"),
            await sam.GetStringAsync("/api/alerts?status=all"),
            await sam.GetStringAsync($"/api/agents/{agent}"),
            await ada.GetStringAsync("/api/agents/a1"),
            (await hub.InvokeAsync<JsonElement>("Resync", "floor")).GetRawText(),
            Snapshot(deltas),
        ];
        Assert.All(payloads, p => Assert.DoesNotContain(Texts(p), text => text.Contains(Digits, StringComparison.Ordinal) && !IsTimestamp(text)));
        Assert.Contains("****0123", payloads[2]);
        Assert.Contains("****0123", payloads[^1]);
        // A change's kind goes out under its documented name, not the enum's number.
        Assert.Contains("\"kind\":\"call\"", payloads[^1]);
    }

    [Fact]
    public async Task An_identity_provider_is_offered_only_when_one_is_configured()
    {
        var schemes = app.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Null(await schemes.GetSchemeAsync(ContactCenter.Dashboard.Security.OidcOptions.Scheme));
        using var response = await app.Anonymous().GetAsync("/account/oidc");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every string in the payload (one JSON document, or several on lines of their own), property names aside.</summary>
    private static List<string> Texts(string payload)
    {
        var texts = new List<string>();
        foreach (var line in payload.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            Collect(json.RootElement, texts);
        }

        return texts;
    }

    private static bool IsTimestamp(string text) =>
        DateTimeOffset.TryParseExact(text, IsoTimes, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static readonly string[] IsoTimes = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: texts.Add(element.GetString()!); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) { Collect(item, texts); } break;
            case JsonValueKind.Object: foreach (var property in element.EnumerateObject()) { Collect(property.Value, texts); } break;
        }
    }

    private static string Snapshot(List<string> deltas)
    {
        lock (deltas)
        {
            return string.Join('\n', deltas);
        }
    }
}
