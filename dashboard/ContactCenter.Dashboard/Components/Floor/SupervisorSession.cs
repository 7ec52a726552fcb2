using ContactCenter.Dashboard.Api;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The supervisor at this screen, for the life of the circuit: the name they typed (until sign-in
/// arrives with issue 4) and whether they muted the alert sound. Scoped: one per browser tab.
/// </summary>
public sealed class SupervisorSession(IOptions<WallboardOptions> options)
{
    public string? Name { get; private set; }

    public bool SoundMuted { get; set; } = !options.Value.SoundOnCritical;

    public event Action? Changed;

    /// <summary>Takes a name of the same shape the API's X-Supervisor header takes; says why not otherwise.</summary>
    public string? TrySetName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "Type your name first: every action is recorded under it.";
        }

        if (!Ids.IsValid(trimmed))
        {
            return "A name is 1 to 64 letters, digits, '.', '_' or '-'.";
        }

        if (trimmed != Name)
        {
            Name = trimmed;
            Changed?.Invoke();
        }

        return null;
    }
}
