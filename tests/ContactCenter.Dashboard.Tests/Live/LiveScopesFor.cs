namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>The scope names of the hub contract, spelled as a third-party client would.</summary>
public static class LiveScopesFor
{
    public static string Queue(string id) => $"queue:{id}";

    public static string Team(string id) => $"team:{id}";
}
