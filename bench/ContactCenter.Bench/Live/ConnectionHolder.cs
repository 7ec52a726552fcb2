using ContactCenter.Bench.Memory;

namespace ContactCenter.Bench.Live;

/// <summary>
/// The client side of <see cref="ServerConnectionCost"/>, in a process of its own
/// (<c>--hold-connections</c>): reads the server's address, a token and one scope per line from
/// standard input up to an empty line, connects a hub client to each, prints
/// <c>held {count} {client heap bytes}</c>, and keeps the connections open until its input closes.
/// </summary>
public static class ConnectionHolder
{
    public const string Flag = "--hold-connections";

    public static async Task<int> RunAsync(TextReader input, TextWriter output)
    {
        OpenFileLimit.RaiseToHard(TextWriter.Null);
        var server = new Uri(await input.ReadLineAsync() ?? throw new InvalidDataException("the server's address comes first"));
        var token = await input.ReadLineAsync() ?? throw new InvalidDataException("a token comes second");
        var scopes = new List<string>();
        while (await input.ReadLineAsync() is { Length: > 0 } scope)
        {
            scopes.Add(scope);
        }

        var before = HeapProbe.Collect();
        var watchers = await FloorWatcher.ConnectAllAsync(server, token, scopes, _ => static (_, _, _) => { });

        var after = HeapProbe.Collect();
        await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"held {watchers.Length} {after - before}"));
        await output.FlushAsync();
        while (await input.ReadLineAsync() is not null)
        {
        }

        await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
        return 0;
    }
}
