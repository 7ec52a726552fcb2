using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Aggregates;

/// <summary>
/// A queue or team rebuilding its rows on activation asks every member at once. A member that
/// cannot answer now (its silo just died, the history store is down) is kept without a row: its
/// next update brings the row, and one member's trouble does not stop the aggregate activating.
/// </summary>
internal static partial class MemberRows
{
    public static Task<MemberAnswer<TRow>[]> AskAsync<TRow>(IEnumerable<string> members, Func<string, Task<TRow?>> ask, ILogger log, string owner)
        where TRow : class =>
        Task.WhenAll(members.Select(async id =>
        {
            try
            {
                return new MemberAnswer<TRow>(id, await ask(id), Answered: true);
            }
            catch (Exception e)
            {
                LogUnanswered(log, owner, id, e.GetType().Name);
                return new MemberAnswer<TRow>(id, null, Answered: false);
            }
        }));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Owner} activated without the row of {Member} ({Failure}); its next update brings it")]
    private static partial void LogUnanswered(ILogger log, string owner, string member, string failure);
}

/// <summary>A member's row, null if it answered that it is not (or no longer) one; <see cref="Answered"/> false if it could not say.</summary>
internal readonly record struct MemberAnswer<TRow>(string Id, TRow? Row, bool Answered)
    where TRow : class;
