using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ContactCenter.Dashboard.Security;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>Signing in, refreshing and revoking bearer tokens, and the limits on guessing passwords.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class AuthenticationTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task A_demo_user_signs_in_for_a_shift_long_bearer_token_and_a_refresh_token()
    {
        var pair = await app.SignInAsync("ada.agent");

        Assert.False(string.IsNullOrEmpty(pair.AccessToken));
        Assert.False(string.IsNullOrEmpty(pair.RefreshToken));
        Assert.Equal(9 * 3600, pair.ExpiresIn);
        Assert.Equal("Bearer", pair.TokenType);
    }

    [Theory]
    [InlineData("ada.agent", "wrong-password", HttpStatusCode.Unauthorized, "password")]
    [InlineData("nobody.here", "demo-only-password", HttpStatusCode.Unauthorized, "password")]
    [InlineData("", "demo-only-password", HttpStatusCode.BadRequest, "username")]
    [InlineData("ari.admin", "", HttpStatusCode.BadRequest, "password")]
    public async Task A_bad_sign_in_is_refused_naming_the_field(string username, string password, HttpStatusCode status, string field)
    {
        using var response = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { username, password });

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Guessing_a_password_is_stopped_after_five_attempts_a_minute_with_retry_after()
    {
        var client = app.Anonymous();
        var username = $"guess-{Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/token", new { username, password = $"guess-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var blocked = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "guess-6" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 carries Retry-After");
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_pair_once_and_a_revoked_token_no_longer_opens_anything()
    {
        var pair = await app.SignInAsync("ari.admin");
        var client = app.Anonymous();

        using var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = pair.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        using var reused = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = pair.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", pair.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/floor")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/floor")).StatusCode);
    }

    [Fact]
    public void Any_profile_but_local_refuses_to_start_with_demo_users()
    {
        var options = new SecurityOptions { DemoUsers = true };

        DemoUsers.Guard(options, "local");
        var refusal = Assert.Throws<InvalidOperationException>(() => DemoUsers.Guard(options, "production"));
        Assert.Contains("Security:DemoUsers", refusal.Message);
        DemoUsers.Guard(new SecurityOptions { DemoUsers = false }, "production");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var response = await app.Anonymous().GetAsync("/health/live");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
