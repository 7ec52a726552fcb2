namespace ContactCenter.Contracts.Alerts;

/// <summary>
/// Who acts and the operation id that makes a retried command harmless. The front end fills
/// in the authenticated supervisor: grains never trust identity from request context.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupervisorAction(string Supervisor, string? OperationId = null, string? Origin = null);
