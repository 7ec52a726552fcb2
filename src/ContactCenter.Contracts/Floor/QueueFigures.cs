namespace ContactCenter.Contracts.Floor;

/// <summary>What a call needs back from its queue to judge a long call: today's AHT and how many calls made it.</summary>
[GenerateSerializer, Immutable]
public readonly record struct QueueFigures(double? AhtSeconds, int CompletedToday);
