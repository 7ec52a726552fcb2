namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Registered by a host whose grain storage lives in the silo's own memory (the embedded
/// product): that state goes with the process, so a silo shutting down does not write it.
/// </summary>
public sealed class VolatileStorage;
