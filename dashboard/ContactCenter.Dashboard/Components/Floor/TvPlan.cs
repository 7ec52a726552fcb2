namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// How a TV lays out its tiles: a grid shaped for a 16:9 wall (1 to 24 tiles fill it), compact
/// tiles past eight, and pages that turn with the clock when the tiles do not fit on one. The page
/// comes from the time itself, so every TV showing the same selection shows the same page.
/// </summary>
public sealed record TvPlan(int Page, int Pages, int Columns, int Rows, bool Compact)
{
    public const int MostTiles = 24;

    /// <summary>Up to this many tiles show every figure; more show the ones read from afar.</summary>
    public const int FullTiles = 8;

    public static TvPlan For(int tiles, int pageSize, DateTimeOffset now, TimeSpan turnEvery)
    {
        var size = Math.Clamp(pageSize, 1, MostTiles);
        var pages = Math.Max(1, (tiles + size - 1) / size);
        var page = pages == 1 ? 0 : (int)(now.ToUnixTimeMilliseconds() / (long)turnEvery.TotalMilliseconds % pages);
        var onPage = Math.Min(size, Math.Max(0, tiles - (page * size)));
        var (columns, rows) = Shape(pages == 1 ? onPage : size);
        return new TvPlan(page, pages, columns, rows, (pages == 1 ? onPage : size) > FullTiles);
    }

    /// <summary>Columns and rows for <paramref name="tiles"/> on a 16:9 screen: wider than tall, no row left nearly empty.</summary>
    public static (int Columns, int Rows) Shape(int tiles) => tiles switch
    {
        <= 0 => (1, 1),
        <= 4 => (tiles, 1),
        <= 6 => (3, 2),
        <= 8 => (4, 2),
        <= 12 => (4, 3),
        <= 15 => (5, 3),
        <= 18 => (6, 3),
        _ => (6, 4),
    };

    /// <summary>When the next page is due; null when there is one page.</summary>
    public DateTimeOffset? NextTurn(DateTimeOffset now, TimeSpan turnEvery)
    {
        if (Pages == 1)
        {
            return null;
        }

        var every = (long)turnEvery.TotalMilliseconds;
        var next = ((now.ToUnixTimeMilliseconds() / every) + 1) * every;
        return DateTimeOffset.FromUnixTimeMilliseconds(next);
    }

    /// <summary>The tiles of this page out of all of them.</summary>
    public IEnumerable<T> Of<T>(IReadOnlyList<T> all, int pageSize) => all.Skip(Page * Math.Clamp(pageSize, 1, MostTiles)).Take(Math.Clamp(pageSize, 1, MostTiles));
}
