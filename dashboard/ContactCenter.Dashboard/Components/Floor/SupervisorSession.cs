using System.Security.Claims;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The person at this screen, for the life of the circuit: who they are and whether they muted
/// the alert sound. With security on, the acting supervisor is the signed-in user (the
/// authentication state's "name"); with it off, the name they typed in "Acting as". Scoped: one
/// per browser tab.
/// </summary>
public sealed class SupervisorSession : IDisposable
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private readonly AuthenticationStateProvider authentication;
    private string? typed;

    public SupervisorSession(IOptions<WallboardOptions> options, IOptions<SecurityOptions> security, AuthenticationStateProvider authentication)
    {
        SoundMuted = !options.Value.SoundOnCritical;
        SignInRequired = security.Value.Enabled;
        this.authentication = authentication;
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        Follow(ReadState());
    }

    /// <summary>Security is on: people sign in, and the "Acting as" field is gone.</summary>
    public bool SignInRequired { get; }

    /// <summary>The signed-in user; an anonymous principal until the authentication state is known.</summary>
    public ClaimsPrincipal User { get; private set; } = Anonymous;

    /// <summary>Who acts: the signed-in user's name with security on, else the typed name.</summary>
    public string? Name => SignInRequired ? SignedInName(User) : typed;

    public bool SoundMuted { get; set; }

    public event Action? Changed;

    /// <summary>Takes a name of the same shape the API's X-Supervisor header takes; says why not otherwise.</summary>
    public string? TrySetName(string? name)
    {
        if (SignInRequired)
        {
            return "You act as the signed-in user: sign out to act as someone else.";
        }

        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "Type your name first: every action is recorded under it.";
        }

        if (!Ids.IsValid(trimmed))
        {
            return "A name is 1 to 64 letters, digits, '.', '_' or '-'.";
        }

        if (trimmed != typed)
        {
            typed = trimmed;
            Changed?.Invoke();
        }

        return null;
    }

    /// <summary>The user's name: the identity's name claim ("name" for the floor's own sign-in).</summary>
    public static string? SignedInName(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirst("name")?.Value : null;

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;

    private Task<AuthenticationState>? ReadState()
    {
        try
        {
            return authentication.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // Outside a request or circuit (no state set yet): anonymous until it is.
            return null;
        }
    }

    private void OnAuthenticationStateChanged(Task<AuthenticationState> state) => Follow(state);

    private void Follow(Task<AuthenticationState>? state)
    {
        if (state is null)
        {
            return;
        }

        if (state.IsCompletedSuccessfully)
        {
            Take(state.Result);
        }
        else
        {
            _ = TakeLater(state);
        }
    }

    private async Task TakeLater(Task<AuthenticationState> state)
    {
        try
        {
            Take(await state);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No state after all: stay anonymous.
        }
    }

    private void Take(AuthenticationState state)
    {
        if (ReferenceEquals(state.User, User))
        {
            return;
        }

        User = state.User;
        Changed?.Invoke();
    }
}
