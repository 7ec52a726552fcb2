namespace ContactCenter.Grains.Alerts;

/// <summary>What an alert inbox persists: its shelf of alerts.</summary>
[GenerateSerializer]
public sealed class AlertInboxState
{
    [Id(0)] public AlertShelf Shelf { get; set; } = new();
}
