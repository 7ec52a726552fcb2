using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The front end's copy of the floor, kept current by the aggregates' pushes. Changes are applied
/// as they come and handed out in coalesced batches: <see cref="Flush"/> (every ~75 ms) turns what
/// changed into one new view for screens and one numbered delta per scope for hub clients, so a
/// snapshot and the deltas after it always line up.
/// </summary>
public sealed class FloorMirror : IFloorLive
{
    private readonly object gate = new();
    private readonly Dictionary<string, QueueHeadline> queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallRow> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentRow> agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertSnapshot> alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, FloorChange>> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sequences = new(StringComparer.Ordinal);
    private List<FloorChange>? arrivedWhileLoading;
    private FloorView current = FloorView.Empty;
    private long viewSequence;
    private DateTimeOffset viewAt;
    private bool viewStale;
    private bool dirty;
    private volatile bool live;

    public event Action<FloorView>? Changed;

    /// <summary>The floor as of the last flush; built on first read when no screen was listening at that flush.</summary>
    public FloorView Current
    {
        get
        {
            lock (gate)
            {
                return ViewLocked();
            }
        }
    }

    public bool IsLive => live;

    public void Apply(IReadOnlyList<FloorChange> changes)
    {
        lock (gate)
        {
            if (arrivedWhileLoading is not null)
            {
                arrivedWhileLoading.AddRange(changes);
                return;
            }

            foreach (var change in changes)
            {
                ApplyOne(change, record: true);
            }
        }
    }

    /// <summary>From now until <see cref="CompleteLoad"/>, pushes are held back: they are newer than the snapshot being read.</summary>
    public void BeginLoad()
    {
        lock (gate)
        {
            arrivedWhileLoading = [];
        }
    }

    public void CompleteLoad(FloorSnapshot floor)
    {
        lock (gate)
        {
            queues.Clear();
            calls.Clear();
            agents.Clear();
            alerts.Clear();
            foreach (var q in floor.Queues)
            {
                queues[q.QueueId] = new QueueHeadline(q.QueueId, q.Today, q.CurrentInterval, q.Staffing, q.ServiceLevelSeconds, q.ServiceLevelTarget);
                foreach (var call in q.Waiting.Concat(q.Connected))
                {
                    calls[call.CallId] = call;
                }
            }

            foreach (var agent in floor.Teams.SelectMany(t => t.Agents))
            {
                agents[agent.AgentId] = agent;
            }

            foreach (var alert in floor.OpenAlerts)
            {
                alerts[alert.AlertId] = alert;
            }

            foreach (var change in arrivedWhileLoading ?? [])
            {
                ApplyOne(change, record: false);
            }

            arrivedWhileLoading = null;
            // Every client resynchronises after a load: numbered deltas start over from their snapshots.
            pending.Clear();
            live = true;
            dirty = true;
        }
    }

    /// <summary>The feed from the cluster is lost: screens say so until the next load.</summary>
    public void MarkLost()
    {
        lock (gate)
        {
            arrivedWhileLoading = null;
            live = false;
            dirty = true;
        }
    }

    /// <summary>What changed since the last flush: a new view (null if nothing did) and one delta per scope touched.</summary>
    /// <summary>
    /// Numbers one delta per scope that changed and, when a screen listens, builds the new view.
    /// The view sorts the whole floor (tens of thousands of rows on a big floor, ~13 times a
    /// second), so with no screen listening it is left to be built on first read instead.
    /// </summary>
    public (FloorView? View, IReadOnlyList<FloorDeltaMessage> Deltas) Flush(DateTimeOffset now)
    {
        FloorView? view = null;
        var deltas = new List<FloorDeltaMessage>(pending.Count);
        var listeners = Changed;
        lock (gate)
        {
            if (!dirty)
            {
                return (null, deltas);
            }

            ++viewSequence;
            viewAt = now;
            viewStale = listeners is null;
            if (listeners is not null)
            {
                view = BuildView();
                Volatile.Write(ref current, view);
            }

            foreach (var (scope, changes) in pending)
            {
                var sequence = sequences.GetValueOrDefault(scope) + 1;
                sequences[scope] = sequence;
                deltas.Add(new FloorDeltaMessage(scope, sequence, now, [.. changes.Values]));
            }

            pending.Clear();
            dirty = false;
        }

        if (view is not null)
        {
            listeners?.Invoke(view);
        }

        return (view, deltas);
    }

    private FloorView ViewLocked()
    {
        if (viewStale)
        {
            Volatile.Write(ref current, BuildView());
            viewStale = false;
        }

        return current;
    }

    private FloorView BuildView() => new(
        viewSequence,
        viewAt,
        [.. queues.Values.OrderBy(q => q.QueueId, StringComparer.Ordinal)],
        [.. calls.Values.OrderBy(c => c.WaitingSince)],
        [.. agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal)],
        [.. alerts.Values.OrderByDescending(a => a.Severity).ThenByDescending(a => a.RaisedAt)]);

    /// <summary>A scope's view as of its last delta: the deltas that follow carry the next numbers.</summary>
    public FloorSnapshotMessage Snapshot(string scope)
    {
        lock (gate)
        {
            return new FloorSnapshotMessage(scope, sequences.GetValueOrDefault(scope), FloorScopes.Filter(ViewLocked(), scope));
        }
    }

    private void ApplyOne(FloorChange change, bool record)
    {
        AgentRow? before = null;
        switch (change.Kind)
        {
            case FloorChangeKind.Call:
                // A call moving queues is removed by the old queue and added by the new, in either order.
                if (change.Call is { } row)
                {
                    calls[change.ItemId] = row;
                }
                else if (calls.TryGetValue(change.ItemId, out var known) && known.QueueId == change.ScopeId)
                {
                    calls.Remove(change.ItemId);
                }

                break;
            case FloorChangeKind.Agent:
                agents.TryGetValue(change.ItemId, out before);
                if (change.Agent is { } agent)
                {
                    agents[change.ItemId] = agent;
                }
                else if (before?.TeamId == change.ScopeId)
                {
                    agents.Remove(change.ItemId);
                }

                break;
            case FloorChangeKind.Alert when change.Alert is { } alert:
                if (alerts.TryGetValue(alert.AlertId, out var seen) && seen.UpdatedAt > alert.UpdatedAt)
                {
                    return;
                }

                if (alert.IsActive)
                {
                    alerts[alert.AlertId] = alert;
                }
                else
                {
                    alerts.Remove(alert.AlertId);
                }

                break;
            case FloorChangeKind.Headline when change.Headline is { } headline:
                queues[headline.QueueId] = headline;
                break;
        }

        dirty = true;
        if (!record)
        {
            return;
        }

        foreach (var scope in FloorScopes.Of(change, before))
        {
            if (!pending.TryGetValue(scope, out var changes))
            {
                pending[scope] = changes = new Dictionary<string, FloorChange>(StringComparer.Ordinal);
            }

            changes[change.Key] = change;
        }
    }
}
