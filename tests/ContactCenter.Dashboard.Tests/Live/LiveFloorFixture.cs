using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>The real app served by Kestrel on loopback, so hub tests use the real SignalR client over a real socket.</summary>
public sealed class LiveFloorFixture() : FloorApp(new FloorAppOptions("live-tests") { Security = false, Kestrel = true });
