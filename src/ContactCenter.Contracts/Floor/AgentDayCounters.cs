namespace ContactCenter.Contracts.Floor;

/// <summary>
/// An agent's counters for the site day that holds <see cref="CountedUntil"/>, counted up to that
/// moment; the screen adds the running state from there to now, so rows need no push per second.
/// <see cref="BusySeconds"/> is talk + hold + wrap-up; <see cref="FinishedHandleSeconds"/> is the
/// part of it that belongs to calls already finished (the call in progress left out), the
/// numerator of the agent's AHT over <see cref="FinishedLegs"/> (a call passed on to someone else is a leg the agent finished). <see cref="NotReadyByReason"/>
/// splits <see cref="NotReadySeconds"/> by reason, in reason order; equality compares its content,
/// so an unchanged row is not pushed again.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgentDayCounters(
    DateTimeOffset CountedUntil,
    double BusySeconds,
    double FinishedHandleSeconds,
    double LoggedInSeconds,
    double NotReadySeconds,
    ReasonSeconds[]? NotReadyByReason = null,
    int FinishedLegs = 0)
{
    public bool Equals(AgentDayCounters? other) =>
        other is not null
        && CountedUntil == other.CountedUntil
        && BusySeconds.Equals(other.BusySeconds)
        && FinishedHandleSeconds.Equals(other.FinishedHandleSeconds)
        && LoggedInSeconds.Equals(other.LoggedInSeconds)
        && NotReadySeconds.Equals(other.NotReadySeconds)
        && FinishedLegs == other.FinishedLegs
        && (NotReadyByReason ?? []).AsSpan().SequenceEqual(other.NotReadyByReason ?? []);

    public override int GetHashCode() => HashCode.Combine(CountedUntil, BusySeconds, LoggedInSeconds, NotReadySeconds);
}
