using ContactCenter.Hosting;

// A silo of the floor's cluster with no front end: operations add these as the floor grows.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddSiloProfile();
var options = FloorHostingOptions.From(builder.Configuration);
builder.UseOrleans(silo => silo.UseFloorSilo(options));
builder.Build().Run();
