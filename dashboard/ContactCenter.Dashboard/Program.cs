using ContactCenter.Dashboard.Hosting;
using ContactCenter.Dashboard.Operations;

// "users add" and "keys add" are for operators: they print configuration and exit.
if (OperatorCommands.TryRun(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddFloor();

var app = builder.Build();
app.MapFloor();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
