using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Testing;

/// <summary>
/// What the server logged at <paramref name="minimum"/> or above (with the stacks), kept so a
/// failing test can report what the server said, not only what it answered.
/// </summary>
public sealed class ServerLog(LogLevel minimum = LogLevel.Error) : ILoggerProvider
{
    private readonly LogLevel minimum = minimum;
    private readonly ConcurrentQueue<string> errors = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The first <paramref name="most"/> entries logged after the first <paramref name="from"/>, as text.</summary>
    public string Since(int from, int most = 5)
    {
        var all = errors.ToArray();
        return from >= all.Length ? $"(nothing logged at {minimum} or above)" : string.Join("\n---\n", all.Skip(from).Take(most));
    }

    /// <summary>Whether any entry holds <paramref name="text"/>.</summary>
    public bool Holds(string text) => errors.Any(entry => entry.Contains(text, StringComparison.Ordinal));

    /// <summary>The last <paramref name="count"/> entries, as text.</summary>
    public string Latest(int count = 5)
    {
        var all = errors.ToArray();
        return Since(Math.Max(0, all.Length - count), count);
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= log.minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var text = $"[{logLevel}] {category}: {formatter(state, exception)}";
            if (exception is not null)
            {
                text += "\n" + exception;
            }

            if (text.Length > 8000)
            {
                text = text[..8000] + "...";
            }

            log.errors.Enqueue(text);
            Interlocked.Increment(ref log.count);
        }
    }
}
