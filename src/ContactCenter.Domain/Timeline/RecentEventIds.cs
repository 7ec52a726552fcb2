namespace ContactCenter.Domain.Timeline;

/// <summary>
/// The ids of events already folded out of a timeline, kept as 64-bit hashes in a small ring so
/// a repeat is still known as a duplicate without the timeline growing all day.
/// </summary>
[GenerateSerializer]
public sealed class RecentEventIds
{
    public const int Capacity = 64;

    [Id(0)] private ulong[] hashes = [];
    [Id(1)] private int next;

    /// <summary>A timeline that has folded nothing away (every live call's) hashes nothing to answer.</summary>
    public bool Contains(string eventId) => hashes.Length > 0 && Array.IndexOf(hashes, Hash(eventId)) >= 0;

    public void Add(string eventId)
    {
        if (hashes.Length < Capacity)
        {
            Array.Resize(ref hashes, hashes.Length + 1);
            hashes[^1] = Hash(eventId);
            return;
        }

        hashes[next] = Hash(eventId);
        next = (next + 1) % Capacity;
    }

    private static ulong Hash(string value)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode, so persisted hashes stay valid.
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
