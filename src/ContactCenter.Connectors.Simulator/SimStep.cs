namespace ContactCenter.Connectors.Simulator;

/// <summary>A planned happening: what, and for which queue, agent or call (by index or number) at which leg or token.</summary>
internal readonly record struct SimStep(SimStepKind Kind, long Subject, long Token = 0);
