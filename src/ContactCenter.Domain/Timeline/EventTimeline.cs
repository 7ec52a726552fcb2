using ContactCenter.Contracts.Events;
using ContactCenter.Domain.Time;

namespace ContactCenter.Domain.Timeline;

/// <summary>
/// A subject's events in time order and the facts folded from them. A late event is placed
/// where it belongs and the facts refolded from the checkpoint; one that does not fit there, or
/// that would invalidate a later event, is refused. Beyond <see cref="Window"/> entries the
/// oldest are folded into the checkpoint, so memory stays bounded while recent history can move.
/// </summary>
[GenerateSerializer]
public sealed class EventTimeline<TFacts, TEntry>
    where TFacts : class, ITimelineFacts<TFacts, TEntry>, new()
    where TEntry : IOrderedEvent
{
    [Id(0)] private TFacts checkpoint = Nothing;
    [Id(1)] private List<TEntry> entries = [];
    [Id(2)] private RecentEventIds foldedIds = new();
    [Id(3)] private DateTimeOffset? checkpointAt;
    [Id(4)] private int window = int.MaxValue;

    /// <summary>
    /// The checkpoint of every timeline that has folded nothing away, shared and never changed:
    /// <see cref="Trim"/> gives a timeline its own before folding into it. A call's window is
    /// unbounded, so a call never folds, and an empty checkpoint of its own cost a live call about
    /// 370 bytes (the facts and their three empty lists).
    /// </summary>
    private static readonly TFacts Nothing = new();

    /// <summary>Windows up to this size are held in a list of exactly their size plus one.</summary>
    private const int SmallWindow = 64;

    [NonSerialized] private TFacts? current;
    [NonSerialized] private SiteCalendar? calendar;

    public EventTimeline()
    {
    }

    public EventTimeline(int window) => this.window = window;

    /// <summary>A timeline whose facts start from <paramref name="start"/> rather than from nothing.</summary>
    public EventTimeline(int window, TFacts start)
    {
        this.window = window;
        checkpoint = start;
    }

    public int Window => window;

    /// <summary>The site calendar that day boundaries in the facts follow; set after loading from storage.</summary>
    public SiteCalendar Calendar
    {
        get => calendar ?? SiteCalendar.Utc;
        set => calendar = value;
    }

    /// <summary>The facts after every accepted event.</summary>
    public TFacts Facts => current ??= Refold();

    public IReadOnlyList<TEntry> Entries => entries;

    /// <summary>Places the entry in time order; with <paramref name="commit"/> false it only says what would happen.</summary>
    public EventVerdict Insert(TEntry entry, bool commit = true)
    {
        if (Contains(entry.EventId))
        {
            return EventVerdict.Duplicate;
        }

        if (checkpointAt is { } foldedUpTo && entry.At < foldedUpTo)
        {
            return EventVerdict.OutOfOrder($"event at {entry.At:O} is older than this subject's retained history ({foldedUpTo:O})");
        }

        var position = entries.Count;
        var rank = TFacts.TieRank(entry);
        while (position > 0 && (entries[position - 1].At > entry.At || (entries[position - 1].At == entry.At && TFacts.TieRank(entries[position - 1]) > rank)))
        {
            position--;
        }

        return position == entries.Count
            ? Append(entry, commit)
            : InsertLate(entry, position, commit);
    }

    /// <summary>Rewrites every kept entry (to drop what history must not keep) and refolds the facts from them.</summary>
    public void Redact(Func<TEntry, TEntry> redact)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = redact(entries[i]);
        }

        current = null;
    }

    public bool Contains(string eventId)
    {
        foreach (var existing in entries)
        {
            if (existing.EventId == eventId)
            {
                return true;
            }
        }

        return foldedIds.Contains(eventId);
    }

    private EventVerdict Append(TEntry entry, bool commit)
    {
        var facts = commit ? Facts : Facts.Copy();
        var verdict = facts.Apply(entry, Calendar);
        if (commit && verdict.Kind == EventVerdictKind.Accepted)
        {
            MakeRoom();
            entries.Add(entry);
            Trim();
        }

        return verdict;
    }

    private EventVerdict InsertLate(TEntry entry, int position, bool commit)
    {
        var facts = checkpoint.Copy();
        for (var i = 0; i < position; i++)
        {
            facts.Apply(entries[i], Calendar);
        }

        var verdict = facts.Apply(entry, Calendar);
        if (verdict.Kind != EventVerdictKind.Accepted)
        {
            return verdict;
        }

        for (var i = position; i < entries.Count; i++)
        {
            if (facts.Apply(entries[i], Calendar).Kind != EventVerdictKind.Accepted)
            {
                return EventVerdict.OutOfOrder(
                    $"placed at {entry.At:O} the event would invalidate the later event '{entries[i].EventId}'");
            }
        }

        if (commit)
        {
            MakeRoom();
            entries.Insert(position, entry);
            current = facts;
            Trim();
        }

        return verdict;
    }

    /// <summary>
    /// A small window holds at most one entry over it, between an insert and its trim: the list
    /// gets exactly that room rather than doubling (entries may be values of 88 bytes).
    /// </summary>
    private void MakeRoom()
    {
        if (entries.Count == entries.Capacity && window <= SmallWindow)
        {
            entries.Capacity = Math.Max(entries.Count + 1, window + 1);
        }
    }

    private void Trim()
    {
        if (entries.Count > window && ReferenceEquals(checkpoint, Nothing))
        {
            checkpoint = new TFacts();
        }

        while (entries.Count > window)
        {
            var oldest = entries[0];
            checkpoint.Apply(oldest, Calendar);
            foldedIds.Add(oldest.EventId);
            checkpointAt = oldest.At;
            entries.RemoveAt(0);
        }
    }

    private TFacts Refold()
    {
        var facts = checkpoint.Copy();
        foreach (var entry in entries)
        {
            facts.Apply(entry, Calendar);
        }

        return facts;
    }
}
