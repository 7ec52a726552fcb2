namespace ContactCenter.Dashboard.Api;

/// <summary>Why a whole batch was refused (not a JSON array, too large, too deep).</summary>
public sealed record BatchRefusal(string Reason);
