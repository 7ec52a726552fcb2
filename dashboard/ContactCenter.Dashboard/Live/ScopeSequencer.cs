using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Numbered deltas per scope (<c>floor</c>, <c>queue:{id}</c>, <c>team:{id}</c>, <c>agent:{id}</c>, <c>summary</c>): the changes a
/// scope saw since its last delta, the last change to a row winning, numbered consecutively so a
/// client sees a gap. A queue's figures go as the fields that changed since the scope last sent
/// them (<see cref="LiveChangeKind.Figures"/>), the whole headline only for a queue the front end
/// had not seen. Not thread-safe: <see cref="FloorMirror"/> holds it under its lock.
/// </summary>
internal sealed class ScopeSequencer(HeadlineFields headlines)
{
    private readonly Dictionary<string, Dictionary<string, LiveChange>> pending = new(StringComparer.Ordinal);

    /// <summary>
    /// Per scope and queue, every field that changed in any headline since the scope last sent the
    /// queue's figures: a client may hold any of those headlines (its snapshot may be newer than
    /// the last delta), so the patch must cover what changed since the oldest of them.
    /// </summary>
    private readonly Dictionary<string, Dictionary<string, UInt128>> touched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);

    /// <summary>When each paced scope last sent each queue's figures (a tick of the pump), by queue.</summary>
    private readonly Dictionary<string, Dictionary<string, long>> figuresSent = new(StringComparer.Ordinal);

    /// <param name="fields">For a queue's headline, the fields that changed from the one before it.</param>
    public void Record(LiveChange change, AgentRow? agentBefore, CallRow? callBefore, UInt128 fields = default)
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
            if (change.Kind == LiveChangeKind.Headline)
            {
                if (!touched.TryGetValue(scope, out var queues))
                {
                    touched[scope] = queues = new Dictionary<string, UInt128>(StringComparer.Ordinal);
                }

                queues[change.ScopeId] = queues.GetValueOrDefault(change.ScopeId) | fields;
            }
        }
    }

    /// <summary>The number of the scope's last delta: a snapshot taken now includes it.</summary>
    public long Last(string scope) => sequences.GetValueOrDefault(scope);

    /// <summary>Changes wait for a scope that was not due at the last drain.</summary>
    public bool HasPending => pending.Count > 0;

    /// <summary>
    /// One delta per scope that changed and is <paramref name="due"/> (every one when null), with
    /// its next number; the others keep coalescing. On a scope <paramref name="pace"/> names, a
    /// queue's figures sent less than <see cref="FiguresPace.Ticks"/> ago wait (the newest kept)
    /// while the scope's other changes go: a scope with nothing else to send sends nothing.
    /// </summary>
    public List<DeltaMessage> Drain(DateTimeOffset asOf, Func<string, bool>? due = null, FiguresPace? pace = null)
    {
        var deltas = new List<DeltaMessage>(pending.Count);
        var drained = new List<string>(pending.Count);
        List<(string Scope, Dictionary<string, LiveChange> Held)>? holding = null;
        foreach (var (scope, changes) in pending)
        {
            if (due is not null && !due(scope))
            {
                continue;
            }

            drained.Add(scope);
            var held = pace is { } p && p.Paced(scope) ? HoldRecentFigures(scope, changes, p) : null;
            LiveChange[] sent;
            if (held is null)
            {
                sent = [.. changes.Values];
            }
            else
            {
                // Filtered by the dictionary's keys: a change's own key is built anew on each read.
                sent = new LiveChange[changes.Count - held.Count];
                var next = 0;
                foreach (var (key, change) in changes)
                {
                    if (!held.ContainsKey(key))
                    {
                        sent[next++] = change;
                    }
                }

                (holding ??= []).Add((scope, held));
            }

            sent = AsFigures(scope, sent);
            if (pace is { } paced && paced.Paced(scope))
            {
                StampFigures(scope, sent, paced.Tick);
            }

            if (sent.Length == 0)
            {
                continue;
            }

            var sequence = sequences.GetValueOrDefault(scope) + 1;
            sequences[scope] = sequence;
            deltas.Add(new DeltaMessage(scope, sequence, asOf, sent, sequence));
        }

        if (drained.Count == pending.Count && holding is null)
        {
            pending.Clear();
        }
        else
        {
            foreach (var scope in drained)
            {
                pending.Remove(scope);
            }

            foreach (var (scope, held) in holding ?? [])
            {
                pending[scope] = held;
            }
        }

        return deltas;
    }

    /// <summary>Each queue's headline as the fields that changed since the scope last sent them; none when nothing did.</summary>
    private LiveChange[] AsFigures(string scope, LiveChange[] changes)
    {
        if (!touched.TryGetValue(scope, out var queues))
        {
            return changes;
        }

        var kept = 0;
        foreach (var change in changes)
        {
            var next = change;
            if (change.Kind == LiveChangeKind.Headline && queues.Remove(change.ScopeId, out var fields))
            {
                next = fields == UInt128.Zero ? null
                    : fields != HeadlineFields.All && headlines.Patch(change.ScopeId, fields) is { } patch
                        ? new LiveChange(LiveChangeKind.Figures, change.ScopeId, change.ItemId) { Figures = patch }
                        : change;
            }

            if (next is not null)
            {
                changes[kept++] = next;
            }
        }

        if (queues.Count == 0)
        {
            touched.Remove(scope);
        }

        return kept == changes.Length ? changes : changes[..kept];
    }

    /// <summary>The scope's figures changes that must wait (their queue's figures went less than a pace ago); null when none waits.</summary>
    private Dictionary<string, LiveChange>? HoldRecentFigures(string scope, Dictionary<string, LiveChange> changes, FiguresPace pace)
    {
        if (!figuresSent.TryGetValue(scope, out var sent))
        {
            return null;
        }

        Dictionary<string, LiveChange>? held = null;
        foreach (var (key, change) in changes)
        {
            if (change.Kind == LiveChangeKind.Headline && sent.TryGetValue(change.ScopeId, out var at) && pace.Tick - at < pace.Ticks)
            {
                (held ??= new Dictionary<string, LiveChange>(StringComparer.Ordinal))[key] = change;
            }
        }

        return held;
    }

    /// <summary>
    /// Notes when each queue's figures actually went: a headline that came back the same sent
    /// nothing, so it must not make the next real change wait a pace.
    /// </summary>
    private void StampFigures(string scope, LiveChange[] sent, long tick)
    {
        foreach (var change in sent)
        {
            if (change.Kind is LiveChangeKind.Headline or LiveChangeKind.Figures)
            {
                if (!figuresSent.TryGetValue(scope, out var stamps))
                {
                    figuresSent[scope] = stamps = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                stamps[change.ScopeId] = tick;
            }
        }
    }

    /// <summary>After a reload every client takes a fresh snapshot: what was pending is in it.</summary>
    public void Restart()
    {
        pending.Clear();
        figuresSent.Clear();
        touched.Clear();
    }
}

/// <summary>
/// Figures on a scope many screens follow go at most once per <see cref="Ticks"/> ticks of the
/// pump per queue: they change with nearly every event, and each copy is multiplied by the screens.
/// </summary>
public readonly record struct FiguresPace(long Tick, int Ticks, Func<string, bool> Paced);
