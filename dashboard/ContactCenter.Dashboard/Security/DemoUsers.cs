using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// The demo users of the one-command start: their password is published in README, so only the
/// local profile may seed them; any other profile refuses to start with them enabled.
/// </summary>
public static class DemoUsers
{
    public const string Password = "demo-only-password";

    public static IEnumerable<UserAccount> Create(IPasswordHasher<UserAccount> hasher)
    {
        UserAccount[] users =
        [
            new() { Username = "ada.agent", Role = FloorRoles.Agent, AgentId = "a1", Teams = ["t1"] },
            new() { Username = "sam.supervisor", Role = FloorRoles.Supervisor, Teams = ["t1"], Queues = ["q1"] },
            new() { Username = "ari.admin", Role = FloorRoles.Admin },
        ];
        foreach (var user in users)
        {
            user.PasswordHash = hasher.HashPassword(user, Password);
            yield return user;
        }
    }

    /// <summary>Throws unless demo users are off or the profile is local.</summary>
    public static void Guard(SecurityOptions options, string profile)
    {
        if (options.DemoUsers && profile != "local")
        {
            throw new InvalidOperationException(
                $"Security:DemoUsers is on in profile '{profile}': demo users have a published password and run in the local profile only.");
        }
    }
}
