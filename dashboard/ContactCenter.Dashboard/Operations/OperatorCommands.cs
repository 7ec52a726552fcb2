using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Dashboard.Operations;

/// <summary>
/// What an operator does without writing C#: add a person (<c>users add</c>) or a connector key
/// (<c>keys add</c>). Secrets are read from standard input, never from the command line (which
/// other users of the machine can see), and only their hashes are printed as configuration.
/// </summary>
public static class OperatorCommands
{
    public const int MinPasswordLength = 12;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs an operator command if <paramref name="args"/> names one; null when the args are for the server.</summary>
    public static int? TryRun(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) => args switch
    {
        ["users", "add", .. var rest] => Report(AddUser(Options(rest), stdin), stdout, stderr),
        ["keys", "add", .. var rest] => Report(AddKey(Options(rest), stdin), stdout, stderr),
        ["users" or "keys", ..] => Report(Failure.Of("command", "the commands are 'users add' and 'keys add'"), stdout, stderr),
        _ => null,
    };

    private static Result AddUser(Dictionary<string, string> options, TextReader stdin)
    {
        var name = options.GetValueOrDefault("name");
        var role = options.GetValueOrDefault("role");
        var teams = List(options.GetValueOrDefault("teams"));
        var queues = List(options.GetValueOrDefault("queues"));
        var agent = options.GetValueOrDefault("agent");
        if (!Ids.IsValid(name))
        {
            return Failure.Of("--name", "a user name is 1 to 64 of A-Z, a-z, 0-9, '.', '_' or '-'");
        }

        if (role is null || !FloorRoles.People.Contains(role))
        {
            return Failure.Of("--role", $"the role is one of {string.Join(", ", FloorRoles.People)}");
        }

        if (teams.Concat(queues).FirstOrDefault(id => !Ids.IsValid(id)) is { } bad)
        {
            return Failure.Of(teams.Contains(bad) ? "--teams" : "--queues", $"'{bad}' is not an id (1 to 64 of A-Z, a-z, 0-9, '.', '_' or '-')");
        }

        if (role == FloorRoles.Agent && !Ids.IsValid(agent))
        {
            return Failure.Of("--agent", "an agent signs in as one agent of the floor: --agent AGENT_ID");
        }

        var password = stdin.ReadLine();
        if (password is null || password.Length < MinPasswordLength)
        {
            return Failure.Of("password", $"give the password on standard input, at least {MinPasswordLength} characters");
        }

        var user = new UserAccount { Username = name!, Role = role, Teams = teams, Queues = queues, AgentId = role == FloorRoles.Agent ? agent : null };
        user.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(user, password);
        var entry = new JsonObject
        {
            ["Username"] = user.Username,
            ["Role"] = user.Role,
            ["PasswordHash"] = user.PasswordHash,
            ["Teams"] = new JsonArray([.. user.Teams.Select(t => (JsonNode?)t)]),
            ["Queues"] = new JsonArray([.. user.Queues.Select(q => (JsonNode?)q)]),
        };
        if (user.AgentId is { } agentId)
        {
            entry["AgentId"] = agentId;
        }

        return new Result(
            new JsonObject { ["Security"] = new JsonObject { ["Users"] = new JsonArray(entry) } }.ToJsonString(Indented),
            $"Add this entry to Security:Users in the profile (or as Security__Users__N__* variables); user '{name}' may then sign in.");
    }

    private static Result AddKey(Dictionary<string, string> options, TextReader stdin)
    {
        var given = stdin.ReadLine();
        var key = string.IsNullOrWhiteSpace(given) ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_') : given.Trim();
        if (key.Length < 24)
        {
            return Failure.Of("key", "a connector key is at least 24 characters: give a longer one, or none to have one made");
        }

        var output = new JsonObject { ["Security"] = new JsonObject { ["ConnectorKeyHashes"] = new JsonArray(ApiKeyAuthenticationHandler.Hash(key)) } };
        var note = string.IsNullOrWhiteSpace(given)
            ? $"The new key, shown once: give it to the connector{For(options)} as X-Api-Key:\n{key}"
            : $"The key you gave is kept only as this hash{For(options)}.";
        return new Result(output.ToJsonString(Indented), note + "\nAdd the hash to Security:ConnectorKeyHashes; to rotate, add the new one, move the connector, remove the old one.");
    }

    private static string For(Dictionary<string, string> options) => options.GetValueOrDefault("name") is { } name ? $" '{name}'" : string.Empty;

    private static string[] List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"--name sam --role supervisor" as a map; a flag without a value maps to the empty string.</summary>
    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : string.Empty;
            }
        }

        return options;
    }

    private static int Report(Result result, TextWriter stdout, TextWriter stderr)
    {
        if (result.Error is { } error)
        {
            stderr.WriteLine($"{error.Field}: {error.Detail}");
            return 2;
        }

        stdout.WriteLine(result.Output);
        stderr.WriteLine(result.Note);
        return 0;
    }

    private sealed record Result(string? Output, string? Note, ApiError? Error = null);

    private static class Failure
    {
        public static Result Of(string field, string detail) => new(null, null, new ApiError(field, "invalid", detail));
    }
}
