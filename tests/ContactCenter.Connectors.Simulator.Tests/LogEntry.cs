using Microsoft.Extensions.Logging;

namespace ContactCenter.Connectors.Simulator.Tests;

internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
