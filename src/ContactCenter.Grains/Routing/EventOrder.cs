using ContactCenter.Contracts.Events;

namespace ContactCenter.Grains.Routing;

/// <summary>The order a subject applies a batch in: by source time, events with the same time in the order sent.</summary>
public static class EventOrder
{
    public static int[] ByTime(FloorEvent[] events)
    {
        var order = new int[events.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => events[a].At != events[b].At ? events[a].At.CompareTo(events[b].At) : a.CompareTo(b));
        return order;
    }
}
