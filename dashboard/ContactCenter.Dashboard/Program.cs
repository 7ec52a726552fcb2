using ContactCenter.Dashboard.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFloor();

var app = builder.Build();
app.MapFloor();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
