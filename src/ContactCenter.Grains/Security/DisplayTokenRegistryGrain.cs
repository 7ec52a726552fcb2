using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Persistence;

namespace ContactCenter.Grains.Security;

/// <summary>The display tokens issued and revoked; written before it answers, since a revocation must hold.</summary>
public sealed class DisplayTokenRegistryGrain(
    [PersistentState("display-tokens", FloorStorage.Name)] IPersistentState<DisplayTokenRegistryState> state) : Grain, IDisplayTokenRegistryGrain
{
    public async ValueTask Record(DisplayToken token)
    {
        state.State.Tokens[token.TokenId] = token;
        await state.WriteStateAsync();
    }

    public async ValueTask<bool> Revoke(string tokenId, string revokedBy, DateTimeOffset at)
    {
        if (!state.State.Tokens.TryGetValue(tokenId, out var token) || token.RevokedAt is not null)
        {
            return false;
        }

        state.State.Tokens[tokenId] = token with { RevokedAt = at, RevokedBy = revokedBy };
        await state.WriteStateAsync();
        return true;
    }

    public ValueTask<bool> IsActive(string tokenId, DateTimeOffset now) =>
        ValueTask.FromResult(state.State.Tokens.TryGetValue(tokenId, out var token) && token.RevokedAt is null && token.ExpiresAt > now);

    public ValueTask<DisplayToken[]> List() => ValueTask.FromResult(state.State.Tokens.Values.OrderBy(t => t.IssuedAt).ToArray());
}
