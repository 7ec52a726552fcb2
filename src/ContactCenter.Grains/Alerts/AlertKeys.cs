using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// Alert ids are "{rule}:{subjectId}:{n}" and the alert grain's key is "{rule}:{subjectId}": each
/// rule judges one kind of subject, and ids never hold ':', so the pair is unique and parseable.
/// </summary>
public static class AlertKeys
{
    public static string GrainKey(AlertRule rule, string subjectId) => $"{rule}:{subjectId}";

    /// <summary>The grain key behind an alert id, or null if the id is not of our form.</summary>
    public static string? GrainKeyOf(string alertId)
    {
        var parts = alertId.Split(':');
        return parts.Length == 3 && Enum.TryParse<AlertRule>(parts[0], ignoreCase: false, out _) && parts[1].Length > 0 && int.TryParse(parts[2], out var n) && n > 0
            ? $"{parts[0]}:{parts[1]}"
            : null;
    }
}
