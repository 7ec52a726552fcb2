using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Recovery;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// One queue's or team's alerts: kept so that reading the floor's alerts never visits every alert
/// grain, and pushed to the front ends through the same feed as the queues' and teams' rows.
/// </summary>
public sealed class AlertInboxGrain : DurableGrain<AlertInboxState>, IAlertInboxGrain, IFeedGrain, IWakeGrain
{
    private FeedPublisher feed = null!;

    public AlertInboxGrain(
        [PersistentState("alert-inbox", FloorStorage.Name)] IPersistentState<AlertInboxState> state,
        FloorSettings settings,
        TimeProvider clock)
        : base(state, settings, clock)
    {
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        feed = new FeedPublisher(GrainFactory, WallClock, Paced(FeedPublisher.FlushDelay, this.AsReference<IFeedGrain>().FlushFeed));
        return Task.CompletedTask;
    }

    public ValueTask Upsert(AlertSnapshot alert)
    {
        State.Shelf.Upsert(alert);
        feed.Add(LiveChange.ForAlert(alert));
        MarkDirty();
        return ValueTask.CompletedTask;
    }

    /// <summary>Open alerts have lifecycle steps (escalation, snooze ends) on their own timers.</summary>
    public ValueTask<WakeList> Wake() =>
        ValueTask.FromResult(new WakeList([], [], [], [.. State.Shelf.Active().Select(a => AlertKeys.GrainKeyOf(a.AlertId)).OfType<string>()]));

    public ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed) =>
        ValueTask.FromResult(includeClosed ? State.Shelf.All() : State.Shelf.Active());

    public Task FlushFeed() => feed.FlushAsync();
}
