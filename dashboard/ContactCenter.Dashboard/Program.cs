using ContactCenter.Dashboard.Hosting;
using ContactCenter.Dashboard.Operations;

// "replay-queue-log FILE" gives a running floor a queue_log after an outage.
if (args is [QueueLogReplayCommand.Name, .. var replay])
{
    return await QueueLogReplayCommand.RunAsync(replay, Console.In, Console.Out, Console.Error);
}

// "users add" and "keys add" are for operators: they print configuration and exit.
if (OperatorCommands.TryRun(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(ContactCenter.Hosting.SiloProfile.HostArguments(args));
builder.AddFloor();

var app = builder.Build();
app.MapFloor();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
