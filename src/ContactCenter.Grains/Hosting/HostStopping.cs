using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Grains.Hosting;

/// <summary>
/// The host's stopping signal, for work a grain starts that must not outlive its silo (paced
/// self-calls, wakes after a failed timer turn); never signalled where no host owns the services.
/// </summary>
public static class HostStopping
{
    public static CancellationToken From(IServiceProvider services) =>
        services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
}
