using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// The alerts of one queue or one team (keyed by <see cref="AlertInbox.OfQueue"/> or
/// <see cref="AlertInbox.OfTeam"/>): every active one and the latest closed ones, pushed live to
/// the front ends. Alert grains tell it each change; it calls no grain back, so calls flow one way.
/// </summary>
public interface IAlertInboxGrain : IGrainWithStringKey
{
    ValueTask Upsert(AlertSnapshot alert);

    ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed);
}
