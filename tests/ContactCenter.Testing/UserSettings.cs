using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Testing;

/// <summary>The configuration entries of a local user, as an operator would write them (the password hashed).</summary>
public static class UserSettings
{
    public static Dictionary<string, string> Of(int index, string username, string role, string password, string[]? teams = null, string[]? queues = null)
    {
        var user = new UserAccount { Username = username, Role = role, Teams = teams ?? [], Queues = queues ?? [] };
        var prefix = $"Security:Users:{index}:";
        var settings = new Dictionary<string, string>
        {
            [prefix + "Username"] = username,
            [prefix + "Role"] = role,
            [prefix + "PasswordHash"] = new PasswordHasher<UserAccount>().HashPassword(user, password),
        };
        foreach (var (team, i) in user.Teams.Select((t, i) => (t, i)))
        {
            settings[$"{prefix}Teams:{i}"] = team;
        }

        foreach (var (queue, i) in user.Queues.Select((q, i) => (q, i)))
        {
            settings[$"{prefix}Queues:{i}"] = queue;
        }

        return settings;
    }
}
