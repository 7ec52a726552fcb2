namespace ContactCenter.Bench.Screens;

/// <summary>
/// What an agent's page costs the front end as a Blazor circuit (the page agents use today), from
/// <see cref="Pages"/> pages in chromium: heap and working set per page, server side only (the
/// browser is a process of its own).
/// </summary>
public sealed record CircuitFigures(int Pages, double HeapBytesPerPage, double WorkingSetBytesPerPage, double SecondsToOpen)
{
    public static readonly CircuitFigures NotRun = new(0, 0, 0, 0);
}
