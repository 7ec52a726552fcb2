using Microsoft.Extensions.Logging;

namespace ContactCenter.Testing;

/// <summary>Keeps each log entry with its structured properties, so tests can read fields rather than parse text.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock gate = new();
    private readonly List<LogEntry> entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        var entry = new LogEntry(logLevel, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value), exception);
        lock (gate)
        {
            entries.Add(entry);
        }
    }
}
