using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Alerts;

/// <summary>What supervisors do to an alert. Each returns the outcome; a refusal changes nothing.</summary>
public sealed partial class AlertRecord
{
    public AlertActionResult Acknowledge(string supervisor, DateTimeOffset now)
    {
        if (Refusal(supervisor, requireActive: true, checkTaken: false) is { } refused)
        {
            return refused;
        }

        AcknowledgedBy ??= supervisor;
        if (Status is AlertStatus.Open or AlertStatus.Snoozed)
        {
            Status = AlertStatus.Acknowledged;
            SnoozedUntil = null;
        }

        return Done(now);
    }

    public AlertActionResult Take(string supervisor, DateTimeOffset now)
    {
        if (Refusal(supervisor, requireActive: true, checkTaken: true) is { } refused)
        {
            return refused;
        }

        TakeBy(supervisor, now);
        return Done(now);
    }

    public AlertActionResult Join(JoinMode mode, string supervisor, DateTimeOffset now)
    {
        if (Refusal(supervisor, requireActive: true, checkTaken: true) is { } refused)
        {
            return refused;
        }

        // Joining a call is taking it: no two supervisors barge into one call unawares.
        TakeBy(supervisor, now);
        Joins.Add(new AlertJoin(supervisor, mode, now));
        if (Joins.Count > MaxJoins)
        {
            Joins.RemoveAt(0);
        }

        return Done(now);
    }

    public AlertActionResult AddNote(string text, string supervisor, DateTimeOffset now)
    {
        if (Refusal(supervisor, requireActive: false, checkTaken: false) is { } refused)
        {
            return refused;
        }

        if (Notes.Count >= MaxNotes)
        {
            return new AlertActionResult(AlertActionOutcome.Invalid, null, $"an alert keeps at most {MaxNotes} notes");
        }

        Notes.Add(new AlertNote(supervisor, text, now));
        return Done(now);
    }

    public AlertActionResult Snooze(int minutes, int maxMinutes, string supervisor, DateTimeOffset now)
    {
        if (minutes < 1 || minutes > maxMinutes)
        {
            return new AlertActionResult(AlertActionOutcome.Invalid, null, $"minutes must be between 1 and {maxMinutes}");
        }

        if (Refusal(supervisor, requireActive: true, checkTaken: true) is { } refused)
        {
            return refused;
        }

        Status = AlertStatus.Snoozed;
        SnoozedUntil = now.AddMinutes(minutes);
        return Done(now);
    }

    public AlertActionResult Resolve(string? note, string supervisor, DateTimeOffset now)
    {
        if (Refusal(supervisor, requireActive: true, checkTaken: true) is { } refused)
        {
            return refused;
        }

        Status = AlertStatus.Resolved;
        ResolvedBy = supervisor;
        ResolvedAt = now;
        SnoozedUntil = null;
        if (!string.IsNullOrWhiteSpace(note) && Notes.Count < MaxNotes)
        {
            Notes.Add(new AlertNote(supervisor, note, now));
        }

        return Done(now);
    }

    private void TakeBy(string supervisor, DateTimeOffset now)
    {
        if (TakenBy is null)
        {
            TakenBy = supervisor;
            TakenAt = now;
        }

        AcknowledgedBy ??= supervisor;
        Status = AlertStatus.Taken;
        SnoozedUntil = null;
    }

    private AlertActionResult? Refusal(string supervisor, bool requireActive, bool checkTaken)
    {
        if (!Exists)
        {
            return new AlertActionResult(AlertActionOutcome.NotFound, null, "no such alert");
        }

        if (requireActive && !IsActive)
        {
            return new AlertActionResult(AlertActionOutcome.Invalid, ToSnapshot(), $"the alert is already {Status.ToString().ToLowerInvariant()}");
        }

        if (checkTaken && TakenBy is { } holder && holder != supervisor)
        {
            return new AlertActionResult(AlertActionOutcome.Conflict, ToSnapshot(), $"{holder} has already taken this alert", holder);
        }

        return null;
    }

    private AlertActionResult Done(DateTimeOffset now)
    {
        UpdatedAt = now;
        return new AlertActionResult(AlertActionOutcome.Done, ToSnapshot());
    }
}
