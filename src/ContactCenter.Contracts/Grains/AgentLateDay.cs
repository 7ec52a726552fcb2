using System.Globalization;

namespace ContactCenter.Contracts.Grains;

/// <summary>The key of an agent's past day: the day first and fixed-width, so any agent id follows it unambiguously.</summary>
public static class AgentLateDay
{
    public static string Key(string agentId, DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}/{agentId}");

    public static (DateOnly Day, string AgentId) Parse(string key) =>
        (DateOnly.ParseExact(key.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture), key[11..]);
}
