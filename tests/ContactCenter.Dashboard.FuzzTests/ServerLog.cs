using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>The server's errors (with their stacks), kept so a failing input can be reported with what the server said.</summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The errors logged after the first <paramref name="from"/>, as text.</summary>
    public string Since(int from)
    {
        var all = errors.ToArray();
        return from >= all.Length ? "(no server errors logged)" : string.Join("\n---\n", all.Skip(from).Take(5));
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

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
