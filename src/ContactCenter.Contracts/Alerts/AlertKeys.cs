using System.Globalization;
using System.Text.RegularExpressions;
using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Alerts;

/// <summary>
/// Alert ids are "{rule}:{subjectId}:{n}" and the alert grain's key is "{rule}:{subjectId}": each
/// rule judges one kind of subject, and ids never hold ':', so the pair is unique and parseable.
/// </summary>
public static partial class AlertKeys
{
    public static string GrainKey(AlertRule rule, string subjectId) => $"{rule}:{subjectId}";

    /// <summary>
    /// The grain key behind an alert id, or null if the id is not of our form: a rule's name (not
    /// its number), a subject id of the wire's shape, and an instance from 1.
    /// </summary>
    public static string? GrainKeyOf(string alertId)
    {
        var parts = alertId.Split(':');
        return parts.Length == 3
            && Enum.IsDefined(typeof(AlertRule), parts[0])
            && SubjectId().IsMatch(parts[1])
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? $"{parts[0]}:{parts[1]}"
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}\\z")]
    private static partial Regex SubjectId();
}
