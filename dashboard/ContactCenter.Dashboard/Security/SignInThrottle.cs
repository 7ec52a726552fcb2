using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Stops password guessing: failed sign-ins are counted per user name and per address in a
/// sliding minute, and past the limit even a right password waits. Only failures count, so a
/// whole floor signing in from behind one address at the start of a shift is not held up.
/// </summary>
public sealed class SignInThrottle(IOptions<SecurityOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long to wait before another attempt, or null if one may be made now.</summary>
    public TimeSpan? Blocked(string username, string? address)
    {
        var now = clock.GetUtcNow();
        var user = WaitFor(UserKey(username), options.Value.SignInFailuresPerMinute, now);
        var place = WaitFor(AddressKey(address), options.Value.SignInFailuresPerAddressPerMinute, now);
        // A lifted comparison with null is false: pick the longer wait explicitly.
        return (user, place) switch
        {
            (null, _) => place,
            (_, null) => user,
            _ => user > place ? user : place,
        };
    }

    public void Failed(string username, string? address)
    {
        var now = clock.GetUtcNow();
        Add(UserKey(username), now);
        Add(AddressKey(address), now);
    }

    private static string UserKey(string username) => $"user:{username}";

    private static string AddressKey(string? address) => $"address:{address ?? "unknown"}";

    private TimeSpan? WaitFor(string key, int limit, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var times))
        {
            return null;
        }

        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= Window)
            {
                times.Dequeue();
            }

            return times.Count >= limit ? times.Peek() + Window - now : null;
        }
    }

    private void Add(string key, DateTimeOffset now)
    {
        var times = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            times.Enqueue(now);
        }
    }
}
