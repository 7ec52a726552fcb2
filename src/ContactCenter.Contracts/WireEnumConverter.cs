using System.Text.Json.Serialization;

namespace ContactCenter.Contracts;

/// <summary>
/// Enums travel by name only: a number ("mode": 7) would bind to a value that names nothing
/// and reach a grain, the audit trail or the telephony side.
/// </summary>
public sealed class WireEnumConverter<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false)
    where T : struct, Enum;
