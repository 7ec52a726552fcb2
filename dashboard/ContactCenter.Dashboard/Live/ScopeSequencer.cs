using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Numbered deltas per scope (<c>floor</c>, <c>queue:{id}</c>, <c>team:{id}</c>, <c>agent:{id}</c>, <c>summary</c>): the changes a
/// scope saw since its last delta, the last change to a row winning, numbered consecutively so a
/// client sees a gap. Not thread-safe: <see cref="FloorMirror"/> holds it under its lock.
/// </summary>
internal sealed class ScopeSequencer
{
    private readonly Dictionary<string, Dictionary<string, LiveChange>> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);

    public void Record(LiveChange change, AgentRow? agentBefore, CallRow? callBefore)
    {
        // The key is built from three strings on each read: once per change, not once per scope.
        var key = change.Key;
        foreach (var scope in LiveScopes.Of(change, agentBefore, callBefore))
        {
            if (!pending.TryGetValue(scope, out var changes))
            {
                pending[scope] = changes = new Dictionary<string, LiveChange>(StringComparer.Ordinal);
            }

            changes[key] = scope == LiveScopes.Summary ? LiveScopes.ForSummary(change) : change;
        }
    }

    /// <summary>The number of the scope's last delta: a snapshot taken now includes it.</summary>
    public long Last(string scope) => sequences.GetValueOrDefault(scope);

    /// <summary>Changes wait for a scope that was not due at the last drain.</summary>
    public bool HasPending => pending.Count > 0;

    /// <summary>One delta per scope that changed and is <paramref name="due"/> (every one when null), with its next number; the others keep coalescing.</summary>
    public List<DeltaMessage> Drain(DateTimeOffset asOf, Func<string, bool>? due = null)
    {
        var deltas = new List<DeltaMessage>(pending.Count);
        foreach (var (scope, changes) in pending)
        {
            if (due is not null && !due(scope))
            {
                continue;
            }

            var sequence = sequences.GetValueOrDefault(scope) + 1;
            sequences[scope] = sequence;
            deltas.Add(new DeltaMessage(scope, sequence, asOf, [.. changes.Values], sequence));
        }

        if (deltas.Count == pending.Count)
        {
            pending.Clear();
        }
        else
        {
            foreach (var delta in deltas)
            {
                pending.Remove(delta.Scope);
            }
        }

        return deltas;
    }

    /// <summary>After a reload every client takes a fresh snapshot: what was pending is in it.</summary>
    public void Restart() => pending.Clear();
}
