using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Security;

/// <summary>The local user store: configured users (hashed passwords) plus, in the local profile, the demo users.</summary>
public sealed class UserDirectory
{
    private readonly FrozenDictionary<string, UserAccount> users;
    private readonly IPasswordHasher<UserAccount> hasher;

    public UserDirectory(IOptions<SecurityOptions> options, IPasswordHasher<UserAccount> hasher)
    {
        this.hasher = hasher;
        var all = options.Value.Users.AsEnumerable();
        if (options.Value.DemoUsers)
        {
            all = all.Concat(DemoUsers.Create(hasher));
        }

        users = all.ToFrozenDictionary(u => u.Username, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The user if the password matches; the same work is done for an unknown name, so timing tells nothing.</summary>
    public UserAccount? Verify(string username, string password)
    {
        if (!users.TryGetValue(username, out var user))
        {
            hasher.VerifyHashedPassword(Placeholder, Placeholder.PasswordHash, password);
            return null;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    public UserAccount? Find(string username) => users.GetValueOrDefault(username);

    private static readonly UserAccount Placeholder = new()
    {
        Username = "nobody",
        PasswordHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString()),
    };
}
