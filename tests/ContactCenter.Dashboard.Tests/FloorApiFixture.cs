using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests;

/// <summary>
/// The real app (embedded silo, real HTTP pipeline) on the in-memory server, shared by the
/// collection; security off: these suites test the floor's behaviour (who may do what is tested
/// with security on in Security/). Tests use their own ids.
/// </summary>
public sealed class FloorApiFixture() : FloorApp(new FloorAppOptions("api-tests") { Security = false });
