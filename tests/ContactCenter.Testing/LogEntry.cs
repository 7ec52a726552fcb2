using Microsoft.Extensions.Logging;

namespace ContactCenter.Testing;

public sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
