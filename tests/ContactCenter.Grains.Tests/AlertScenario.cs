using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Tests;

/// <summary>Reads a rule's alert on a subject, waiting (with a deadline) for a timer-driven change to land.</summary>
public static class AlertScenario
{
    public static IAlertGrain Alert(this FloorClusterFixture floor, AlertRule rule, string subject) =>
        floor.Grains.GetGrain<IAlertGrain>($"{rule}:{subject}");

    public static Task<AlertSnapshot?> Latest(this FloorClusterFixture floor, AlertRule rule, string subject) =>
        floor.Alert(rule, subject).GetLatest().AsTask();

    public static async Task<AlertSnapshot> WaitFor(this FloorClusterFixture floor, AlertRule rule, string subject, Func<AlertSnapshot, bool> until, string what)
    {
        try
        {
            return (await Eventually.Get(() => floor.Latest(rule, subject), a => a is not null && until(a), what))!;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nthe silo's latest warnings:\n{floor.Log.Latest()}", e);
        }
    }

    /// <summary>Asserts no alert of the rule is active on the subject, after giving any due timer its turn.</summary>
    public static async Task AssertQuiet(this FloorClusterFixture floor, AlertRule rule, string subject)
    {
        // A timer due now has fired once a later grain call has been served after it.
        await floor.Alert(rule, subject).GetLatest();
        var latest = await floor.Latest(rule, subject);
        Assert.True(latest is null || !latest.IsActive, $"expected no active {rule} on {subject}, got {latest}");
    }

    /// <summary>Asserts a condition still holds after any timer due now had its turn.</summary>
    public static async Task AssertStill(this FloorClusterFixture floor, AlertRule rule, string subject, Func<AlertSnapshot, bool> condition)
    {
        await floor.Alert(rule, subject).GetLatest();
        var latest = await floor.Latest(rule, subject);
        Assert.True(latest is not null && condition(latest), $"unexpected {rule} on {subject}: {latest}");
    }
}
