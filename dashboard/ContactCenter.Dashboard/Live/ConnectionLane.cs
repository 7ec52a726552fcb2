using ContactCenter.Contracts.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// One hub connection's way out: at most one delta in flight. A screen that reads as fast as the
/// pump writes gets each scope's shared, already serialised delta the moment it is drained. One
/// that falls behind (its socket's buffer full) does not hold up the others: what arrives meanwhile
/// is merged per scope, the last change to a row winning, and sent as one delta covering
/// <see cref="DeltaMessage.First"/> to <see cref="DeltaMessage.Sequence"/> once the socket drains.
/// So a slow reader costs the server one merged row per changed row, never a queue of messages.
/// </summary>
public sealed class ConnectionLane(Func<SerializedHubMessage, ValueTask> write)
{
    private readonly object gate = new();
    private readonly HashSet<string> scopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MergedDelta> behind = new(StringComparer.Ordinal);
    private bool writing;
    private bool closed;

    public void Join(string scope)
    {
        lock (gate)
        {
            scopes.Add(scope);
        }
    }

    public void Leave(string scope)
    {
        lock (gate)
        {
            scopes.Remove(scope);
            behind.Remove(scope);
        }
    }

    /// <summary>Sends nothing more; returns the scopes it followed, so only their reader lists need it removed.</summary>
    public string[] Close()
    {
        lock (gate)
        {
            closed = true;
            string[] followed = [.. scopes];
            scopes.Clear();
            behind.Clear();
            return followed;
        }
    }

    /// <summary>Hands the connection a scope's delta; <paramref name="shared"/> is the same serialised message every reader of the scope gets.</summary>
    /// <returns>False when the delta waits, merged, behind one still being written.</returns>
    public bool Offer(DeltaMessage delta, SerializedHubMessage shared)
    {
        lock (gate)
        {
            if (closed || !scopes.Contains(delta.Scope))
            {
                return true;
            }

            if (writing)
            {
                if (behind.TryGetValue(delta.Scope, out var merged))
                {
                    merged.Add(delta);
                }
                else
                {
                    behind[delta.Scope] = new MergedDelta(delta);
                }

                return false;
            }

            writing = true;
        }

        // Runs inline up to the first write that cannot complete at once: a reader keeping up costs no thread hop.
        _ = WriteAsync(shared);
        return true;
    }

    public static SerializedHubMessage Serialise(DeltaMessage delta) => new(new InvocationMessage("delta", [delta]));

    private async Task WriteAsync(SerializedHubMessage message)
    {
        while (true)
        {
            try
            {
                await write(message);
            }
            catch (Exception)
            {
                // The connection broke or went away mid-write: nothing more is sent to it, and the
                // lifetime manager drops the lane when SignalR reports the disconnect.
                Close();
            }

            lock (gate)
            {
                if (closed || behind.Count == 0)
                {
                    writing = false;
                    return;
                }

                var (scope, merged) = behind.First();
                behind.Remove(scope);
                message = Serialise(merged.ToMessage());
            }
        }
    }

    /// <summary>
    /// Deltas of one scope waiting for a slow connection, folded into one. A queue's figures fold
    /// apart from rows: a whole headline replaces what came before it, and the patches after it
    /// are laid over one another once, when the merged delta is written (not on the pump's thread
    /// at each offer), so the client applies them in the order they were meant.
    /// </summary>
    private sealed class MergedDelta
    {
        private readonly Dictionary<string, LiveChange> changes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (LiveChange? Whole, List<LiveChange>? Patches)> figures = new(StringComparer.Ordinal);
        private readonly long from;
        private DeltaMessage last;

        public MergedDelta(DeltaMessage first)
        {
            from = first.First;
            last = first;
            Add(first);
        }

        public void Add(DeltaMessage delta)
        {
            foreach (var change in delta.Changes)
            {
                switch (change.Kind)
                {
                    case LiveChangeKind.Headline:
                        figures[change.ScopeId] = (change, null);
                        break;
                    case LiveChangeKind.Figures when change.Figures is not null:
                        var (whole, patches) = figures.GetValueOrDefault(change.ScopeId);
                        (patches ??= []).Add(change);
                        figures[change.ScopeId] = (whole, patches);
                        break;
                    default:
                        changes[change.Key] = change;
                        break;
                }
            }

            last = delta;
        }

        public DeltaMessage ToMessage()
        {
            var merged = new List<LiveChange>(changes.Count + (2 * figures.Count));
            merged.AddRange(changes.Values);
            foreach (var (whole, patches) in figures.Values)
            {
                if (whole is not null)
                {
                    merged.Add(whole);
                }

                if (patches is [var first, .. var later])
                {
                    var folded = first.Figures!.Value;
                    foreach (var patch in later)
                    {
                        folded = FiguresPatch.Overlay(folded, patch.Figures!.Value);
                    }

                    merged.Add(first with { Figures = folded });
                }
            }

            return new(last.Scope, last.Sequence, last.AsOf, [.. merged], from);
        }
    }
}
