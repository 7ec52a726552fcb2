using ContactCenter.Hosting;

// A silo of the floor's cluster with no front end: operations add these as the floor grows.
var builder = Host.CreateApplicationBuilder(SiloProfile.HostArguments(args));
builder.Configuration.AddSiloProfile();
var options = FloorHostingOptions.From(builder.Configuration);
builder.UseOrleans(silo =>
{
    silo.UseFloorSilo(options);
    if (Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is not null)
    {
        // In a pod: identity and endpoints from the pod, and the membership entries of pods that
        // are gone removed by watching them (silo-config/kubernetes, untested).
        silo.UseKubernetesHosting();
    }
});
builder.Build().Run();
