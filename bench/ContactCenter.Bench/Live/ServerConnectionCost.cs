using System.Diagnostics;
using System.Globalization;
using ContactCenter.Bench.Memory;

namespace ContactCenter.Bench.Live;

/// <summary>
/// What a hub connection costs the front end alone: the clients live in a child process
/// (<see cref="ConnectionHolder"/>), so the growth of this process's heap, which hosts the
/// server, is the server's share, and the child reports the clients' share of its own.
/// </summary>
public static class ServerConnectionCost
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public sealed record Reading(int Connections, double ServerBytesPerConnection, double ClientBytesPerConnection);

    public static async Task<Reading> MeasureAsync(Uri server, string token, IReadOnlyList<string> scopes)
    {
        if (scopes.Count == 0)
        {
            return new Reading(0, 0, 0);
        }

        var before = await SettledHeapAsync();
        using var holder = Process.Start(Hosting.BenchChild.Start(ConnectionHolder.Flag)) ?? throw new InvalidOperationException("the connection holder did not start");
        // Read as it comes, so a chatty child never blocks on a full pipe; kept short for the error message.
        var errors = new System.Text.StringBuilder();
        holder.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                if (line.Data is { } text && errors.Length < 4_000)
                {
                    errors.AppendLine(text);
                }
            }
        };
        holder.BeginErrorReadLine();
        try
        {
            await holder.StandardInput.WriteLineAsync(server.ToString());
            await holder.StandardInput.WriteLineAsync(token);
            foreach (var scope in scopes)
            {
                await holder.StandardInput.WriteLineAsync(scope);
            }

            await holder.StandardInput.WriteLineAsync();
            await holder.StandardInput.FlushAsync();
            using var deadline = new CancellationTokenSource(Deadline);
            string? line;
            try
            {
                line = await holder.StandardOutput.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                line = $"nothing within {Deadline.TotalMinutes:0} minutes";
            }

            if (line?.Split(' ') is not ["held", var count, var clientBytes] || int.Parse(count, CultureInfo.InvariantCulture) != scopes.Count)
            {
                holder.Kill(entireProcessTree: true);
                await holder.WaitForExitAsync();
                lock (errors)
                {
                    throw new InvalidOperationException($"the connection holder said '{line}': {errors}");
                }
            }

            var after = await SettledHeapAsync();
            return new Reading(scopes.Count, (after - before) / (double)scopes.Count, long.Parse(clientBytes, CultureInfo.InvariantCulture) / (double)scopes.Count);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.StandardInput.Close();
                using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await holder.WaitForExitAsync(exit.Token);
                }
                catch (OperationCanceledException)
                {
                    holder.Kill(entireProcessTree: true);
                }
            }

            // The server lets go of closed connections asynchronously: what follows measures from a settled heap.
            await SettledHeapAsync();
        }
    }

    private static async Task<long> SettledHeapAsync() => (await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15))).Heap;
}
