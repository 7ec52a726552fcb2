using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Security;

/// <summary>Every display token issued, by id.</summary>
[GenerateSerializer]
public sealed class DisplayTokenRegistryState
{
    [Id(0)] public Dictionary<string, DisplayToken> Tokens { get; set; } = [];
}
