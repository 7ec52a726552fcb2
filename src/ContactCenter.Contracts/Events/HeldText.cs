namespace ContactCenter.Contracts.Events;

/// <summary>
/// An id an event repeats, taken as the string its subject already holds. The API's parser gives
/// every event its own copy of each id, and a subject keeps a dozen or more events: without this,
/// an agent holds its own id sixteen times over and a call its id once per event.
/// </summary>
public static class HeldText
{
    /// <summary><paramref name="held"/> when it equals <paramref name="text"/>, else <paramref name="text"/>.</summary>
    public static string? Same(string? text, string? held) =>
        text is not null && held is not null && !ReferenceEquals(text, held) && text.Equals(held, StringComparison.Ordinal) ? held : text;
}
