using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The front end's copy of the floor, kept current by the aggregates' pushes: the rows live in a
/// <see cref="LiveFloorStore"/>, the numbered deltas per scope in a <see cref="ScopeSequencer"/>,
/// both under one lock so a snapshot and the deltas after it always line up. <see cref="Flush"/>
/// (every ~75 ms) hands screens one new view and hub clients one delta per scope.
/// </summary>
public sealed class FloorMirror : ILiveFloor
{
    private readonly object gate = new();
    private readonly LiveFloorStore store = new();
    private readonly HeadlineFields headlines;
    private readonly ScopeSequencer sequencer;

    /// <param name="hubJson">How the hub writes payloads: a queue's figures are compared and cut as its clients read them.</param>
    public FloorMirror(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions> hubJson)
    {
        headlines = new HeadlineFields(hubJson.Value.PayloadSerializerOptions);
        sequencer = new ScopeSequencer(headlines);
    }

    /// <summary>A mirror whose hub writes JSON the default way (tests, tools).</summary>
    public FloorMirror()
        : this(Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions()))
    {
    }

    /// <summary>Live calls and logged-in agents, as this front end's mirror knows them (for the metrics).</summary>
    public (int Calls, int Agents) Counts()
    {
        lock (gate)
        {
            return (store.CallCount, store.LoggedInAgentCount);
        }
    }
    private List<LiveChange>? arrivedWhileLoading;
    private LiveView current = LiveView.Empty;
    private long viewSequence;
    private DateTimeOffset viewAt;
    private bool viewStale;
    private bool dirty;
    private volatile bool live;

    public event Action<LiveView>? Changed;

    /// <summary>The floor as of the last flush; built on first read when no screen was listening at that flush.</summary>
    public LiveView Current
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

    public void Apply(IReadOnlyList<LiveChange> changes)
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
                if (store.Apply(change, out var agentBefore, out var callBefore))
                {
                    var fields = change.Kind != LiveChangeKind.Headline ? default
                        : change.Headline is { } headline ? headlines.Record(headline)
                        : HeadlineFields.All;
                    sequencer.Record(change, agentBefore, callBefore, fields);
                    dirty = true;
                }
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
            store.Load(floor);
            foreach (var change in arrivedWhileLoading ?? [])
            {
                store.Apply(change, out _, out _);
            }

            arrivedWhileLoading = null;
            // Every client resynchronises after a load: numbered deltas start over from their snapshots.
            sequencer.Restart();
            headlines.Clear();
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

    /// <summary>
    /// Numbers one delta per scope that changed and is <paramref name="due"/> (every one when
    /// null) and, when a screen listens, builds the new view and raises <see cref="Changed"/> with
    /// it. With no screen listening the view (a sort of the whole floor) is left to be built on
    /// first read. A scope not due keeps its changes for a later flush, and a paced scope its
    /// recent queues' figures (see <see cref="ScopeSequencer.Drain"/>).
    /// </summary>
    public IReadOnlyList<DeltaMessage> Flush(DateTimeOffset now, Func<string, bool>? due = null, FiguresPace? pace = null)
    {
        LiveView? view = null;
        List<DeltaMessage> deltas;
        var listeners = Changed;
        lock (gate)
        {
            if (!dirty && !sequencer.HasPending)
            {
                return [];
            }

            if (dirty)
            {
                ++viewSequence;
                viewAt = now;
                viewStale = listeners is null;
                if (listeners is not null)
                {
                    view = store.View(viewSequence, viewAt);
                    Volatile.Write(ref current, view);
                }
            }

            deltas = sequencer.Drain(now, due, pace);
            dirty = false;
        }

        if (view is not null)
        {
            listeners?.Invoke(view);
        }

        return deltas;
    }

    /// <summary>A scope's view as of its last delta: the deltas that follow carry the next numbers.</summary>
    public ScopeSnapshotMessage Snapshot(string scope)
    {
        lock (gate)
        {
            var view = LiveScopes.AgentOf(scope) is { } agentId
                ? store.AgentView(agentId, viewSequence, viewAt)
                : LiveScopes.Filter(ViewLocked(), scope);
            return new ScopeSnapshotMessage(scope, sequencer.Last(scope), view);
        }
    }

    private LiveView ViewLocked()
    {
        if (viewStale)
        {
            Volatile.Write(ref current, store.View(viewSequence, viewAt));
            viewStale = false;
        }

        return current;
    }
}
