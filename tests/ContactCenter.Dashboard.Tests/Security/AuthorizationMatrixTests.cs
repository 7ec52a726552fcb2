using System.Net;
using System.Reflection;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>
/// The authorisation matrix: every endpoint and hub method of the running app against every
/// caller, from anonymous to a supervisor of another team; allowed, 401 or 403, asserted, and an
/// endpoint or hub method the matrix does not know fails the suite by name.
/// </summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class AuthorizationMatrixTests(SecuredFloorFixture app)
{
    public static IEnumerable<object[]> Endpoints() => AuthorizationMatrix.Rows.Select(r => new object[] { r.Key });

    public static IEnumerable<object[]> Callers() => AuthorizationMatrix.Callers.Select(c => new object[] { c });

    [Fact]
    public void Every_endpoint_of_the_app_is_in_the_matrix_or_named_public()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();
        var rows = AuthorizationMatrix.Rows.ToDictionary(r => r.Key);
        var problems = new List<string>();
        var seen = new HashSet<string>();
        foreach (var endpoint in endpoints)
        {
            var key = AuthorizationMatrix.KeyOf(endpoint);
            seen.Add(key);
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToArray();
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (rows.TryGetValue(key, out var row))
            {
                if (allowsAnonymous)
                {
                    problems.Add($"{key}: protected in the matrix but marked AllowAnonymous");
                }

                if (!policies.Contains(row.Policy))
                {
                    problems.Add($"{key}: expected policy '{row.Policy}', carries [{string.Join(", ", policies)}]");
                }
            }
            else if (AuthorizationMatrix.Public.ContainsKey(key) || AuthorizationMatrix.EnvironmentDependent.Contains(key))
            {
                if (AuthorizationMatrix.MustAllowAnonymous(key) && !allowsAnonymous)
                {
                    problems.Add($"{key}: public in the matrix but not marked AllowAnonymous");
                }
            }
            else if (!AuthorizationMatrix.IsStaticAsset(endpoint))
            {
                problems.Add($"{key} ({endpoint.DisplayName}): not in the authorization matrix; add a row with its expected outcome for every caller, or name it public with a reason");
            }

            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            if (pattern.StartsWith("/api", StringComparison.Ordinal) && !AuthorizationMatrix.Public.ContainsKey(key) && (allowsAnonymous || policies.Length == 0))
            {
                problems.Add($"{key}: an API endpoint that is not public must name an authorization policy");
            }
        }

        problems.AddRange(rows.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k}: a matrix row for an endpoint the app does not map"));
        problems.AddRange(AuthorizationMatrix.Public.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k}: named public but the app does not map it"));
        Assert.True(problems.Count == 0, $"{problems.Count} endpoint(s) out of step with the authorization matrix:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Every_hub_method_has_a_rule()
    {
        var methods = typeof(FloorHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition() == m)
            .Select(m => m.Name)
            .ToHashSet();

        var unknown = methods.Except(AuthorizationMatrix.HubMethods.Keys).ToArray();
        var stale = AuthorizationMatrix.HubMethods.Keys.Except(methods).ToArray();

        Assert.True(unknown.Length == 0, $"hub method(s) without a rule in the authorization matrix: {string.Join(", ", unknown)}");
        Assert.True(stale.Length == 0, $"rules for hub method(s) the hub does not have: {string.Join(", ", stale)}");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_caller_is_let_through_or_stopped_as_the_matrix_says(string endpoint)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Key == endpoint);
        var scenario = await MatrixScenario.GetAsync(app);
        var wrong = new List<string>();
        foreach (var @case in row.Cases)
        {
            Assert.DoesNotContain(Caller.Anonymous, @case.Allowed);
            foreach (var caller in AuthorizationMatrix.Callers)
            {
                var expected = caller == Caller.Anonymous ? Outcome.Unauthorized : @case.Allowed.Contains(caller) ? Outcome.Allowed : Outcome.Forbidden;
                var probe = @case.Probe(scenario);
                var who = @case.FreshCredentials ? await scenario.FreshCredentialsAsync(caller) : scenario.CredentialsOf(caller);
                using var client = scenario.Client(who);
                using var response = await MatrixScenario.SendAsync(client, probe);
                var (outcome, trouble) = Classify(response, probe);
                if (outcome != expected || trouble is not null)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    wrong.Add($"{AuthorizationMatrix.Name(caller)} {probe.Method} {probe.Path} ({@case.What}): expected {expected}, got {(int)response.StatusCode} {Describe(response)}{(trouble is null ? string.Empty : $" ({trouble})")} {(body.Length > 300 ? body[..300] : body)}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{endpoint}:\n{string.Join('\n', wrong)}");
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_may_call_the_hub_methods_the_matrix_says(Caller caller)
    {
        var scenario = await MatrixScenario.GetAsync(app);
        await using var connection = scenario.Hub(scenario.CredentialsOf(caller));
        if (caller == Caller.Anonymous)
        {
            var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
            return;
        }

        await connection.StartAsync();
        var allowed = AuthorizationMatrix.MaySubscribe(caller);
        var wrong = new List<string>();
        foreach (var (method, scoped) in AuthorizationMatrix.HubMethods)
        {
            foreach (var scope in AuthorizationMatrix.HubScopes)
            {
                var expected = !scoped || allowed.Contains(scope);
                string? refused = null;
                try
                {
                    if (method == "Unsubscribe")
                    {
                        await connection.InvokeAsync(method, scope);
                    }
                    else
                    {
                        await connection.InvokeAsync<ScopeSnapshotMessage>(method, scope);
                    }
                }
                catch (HubException e)
                {
                    refused = e.Message;
                }

                // A refusal names itself; any other HubException is the server failing, not the rule.
                if (expected != (refused is null) || (refused is not null && !refused.Contains("you may not subscribe", StringComparison.Ordinal)))
                {
                    wrong.Add($"{method}(\"{scope}\"): expected {(expected ? "allowed" : "a HubException")}, got {(refused is null ? "allowed" : $"HubException: {refused}")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{AuthorizationMatrix.Name(caller)} on the hub:\n{string.Join('\n', wrong)}");
    }

    /// <summary>
    /// 401 and 403 are the door's answers; a screen (outside /api and /hubs) answers a browser
    /// without a cookie with a redirect to sign in or to "denied" instead. Anything else got
    /// through, but a 5xx, or a redirect from the API, is reported too.
    /// </summary>
    private static (Outcome Outcome, string? Trouble) Classify(HttpResponseMessage response, Probe probe)
    {
        var api = probe.Path.StartsWith("/api", StringComparison.Ordinal) || probe.Path.StartsWith("/hubs", StringComparison.Ordinal);
        var status = (int)response.StatusCode;
        if (status == StatusCodes.Status401Unauthorized)
        {
            return (Outcome.Unauthorized, null);
        }

        if (status == StatusCodes.Status403Forbidden)
        {
            return (Outcome.Forbidden, null);
        }

        if (status is >= 300 and < 400)
        {
            var target = RedirectPath(response);
            if (api)
            {
                return (Outcome.Allowed, $"the API redirected to {target}");
            }

            return target switch
            {
                "/login" => (Outcome.Unauthorized, null),
                "/denied" => (Outcome.Forbidden, null),
                _ => (Outcome.Allowed, null),
            };
        }

        return (Outcome.Allowed, status >= 500 ? "a server error" : null);
    }

    private static string? RedirectPath(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location)).AbsolutePath
            : null;

    private static string Describe(HttpResponseMessage response) =>
        RedirectPath(response) is { } target ? $"{response.StatusCode} to {target}" : response.StatusCode.ToString();
}
