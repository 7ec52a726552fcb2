using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Operations;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>An operator adds a person and a connector key without writing C#: the printed configuration works as printed.</summary>
public sealed class OperatorCommandsTests
{
    private const string Password = "a-long-enough-password";

    [Fact]
    public async Task A_user_and_a_key_added_by_command_sign_in_and_post_with_the_configuration_printed()
    {
        var (userCode, userJson, _) = Run(["users", "add", "--name", "olga", "--role", "supervisor", "--teams", "t7", "--queues", "q7,q8"], Password);
        var (keyCode, keyJson, keyNote) = Run(["keys", "add", "--name", "pbx-1"], string.Empty);
        Assert.Equal((0, 0), (userCode, keyCode));
        Assert.DoesNotContain(Password, userJson, StringComparison.Ordinal);
        var key = keyNote.Split('\n')[1].Trim();
        Assert.DoesNotContain(key, keyJson, StringComparison.Ordinal);

        var settings = Flatten(JsonNode.Parse(userJson)!).Concat(Flatten(JsonNode.Parse(keyJson)!)).ToDictionary(p => p.Key, p => p.Value);
        await using var app = new FloorApp(new FloorAppOptions("operator-tests") { Security = true, Settings = settings });

        var olga = await app.As("olga", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await olga.GetAsync("/api/queues/q1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await olga.GetAsync("/api/queues/q8")).StatusCode);
        var posted = await app.Connector(key).PostAsJsonAsync("/api/events", new JsonArray(Wire.CallQueued(Wire.NewId("c"), "q8", Wire.Now())));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Theory]
    [InlineData(new[] { "users", "add", "--name", "olga" }, Password, "--role")]
    [InlineData(new[] { "users", "add", "--name", "olga one", "--role", "admin" }, Password, "--name")]
    [InlineData(new[] { "users", "add", "--name", "olga", "--role", "supervisor", "--teams", "t 7" }, Password, "--teams")]
    [InlineData(new[] { "users", "add", "--name", "ada", "--role", "agent" }, Password, "--agent")]
    [InlineData(new[] { "users", "add", "--name", "olga", "--role", "admin" }, "short", "password")]
    [InlineData(new[] { "keys", "add" }, "too-short-key", "key")]
    [InlineData(new[] { "users", "remove" }, "", "command")]
    public void A_bad_command_exits_2_naming_the_field_and_prints_no_configuration(string[] args, string stdin, string field)
    {
        var (code, output, error) = Run(args, stdin);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(field + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_else_is_for_the_server()
    {
        Assert.Null(OperatorCommands.TryRun(["--urls", "http://127.0.0.1:5080"], new StringReader(string.Empty), TextWriter.Null, TextWriter.Null));
    }

    private static (int Code, string Output, string Error) Run(string[] args, string stdin)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = OperatorCommands.TryRun(args, new StringReader(stdin), output, error);
        return (code ?? -1, output.ToString().Trim(), error.ToString().Trim());
    }

    /// <summary>A JSON configuration file as the configuration keys it sets ("Security:Users:0:Username").</summary>
    private static IEnumerable<KeyValuePair<string, string>> Flatten(JsonNode node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    foreach (var pair in Flatten(child!, prefix.Length == 0 ? name : $"{prefix}:{name}"))
                    {
                        yield return pair;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var pair in Flatten(a[i]!, $"{prefix}:{i}"))
                    {
                        yield return pair;
                    }
                }

                break;
            default:
                yield return new(prefix, node.GetValue<string>());
                break;
        }
    }
}
