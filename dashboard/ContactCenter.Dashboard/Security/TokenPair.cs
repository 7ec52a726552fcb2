namespace ContactCenter.Dashboard.Security;

/// <summary>The answer to a sign-in or refresh: a bearer token for API and hub clients (hubs take it as access_token) and a refresh token.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");
