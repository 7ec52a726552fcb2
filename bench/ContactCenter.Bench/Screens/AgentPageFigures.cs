namespace ContactCenter.Bench.Screens;

/// <summary>
/// What an open agent page costs the front end (rendered per request, one hub connection), from
/// <see cref="Pages"/> pages in chromium: heap and working set per page, server side only (the
/// browser is a process of its own).
/// </summary>
public sealed record AgentPageFigures(int Pages, double HeapBytesPerPage, double WorkingSetBytesPerPage, double SecondsToOpen)
{
    public static readonly AgentPageFigures NotRun = new(0, 0, 0, 0);
}
