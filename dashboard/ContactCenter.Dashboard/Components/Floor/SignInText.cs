namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>What the sign-in page says about a failed attempt (the account endpoint's ?error=), and where it sends people.</summary>
public static class SignInText
{
    public static string? Error(string? code) => code switch
    {
        null or "" => null,
        "missing" => "Type your user name and password.",
        "invalid" => "Unknown user name or wrong password.",
        "throttled" => "Too many failed attempts: wait a minute and try again.",
        _ => "Sign-in failed: try again.",
    };

    /// <summary>The sign-in page for a visitor who wanted <paramref name="relativePath"/> (relative to the base, without the leading '/').</summary>
    public static string LoginPath(string relativePath) => $"login?returnUrl={Uri.EscapeDataString("/" + relativePath)}";

    /// <summary>Only a local path is a place to come back to; anything else goes to the landing page.</summary>
    public static string? LocalOrNull(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : null;
}
