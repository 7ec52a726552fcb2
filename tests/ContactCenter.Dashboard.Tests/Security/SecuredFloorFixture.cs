using ContactCenter.Dashboard.Security;
using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>
/// The app with security on, on loopback: the local profile's demo users, a supervisor of another
/// team (kim.supervisor, team t2), and two connector keys (one for the rate-limit test alone).
/// </summary>
public sealed class SecuredFloorFixture() : FloorApp(new FloorAppOptions("secured-tests") { Security = true, Kestrel = true, Settings = Settings() })
{
    public const string ConnectorKey = "secured-tests-connector-key";
    public const string BurstKey = "secured-tests-burst-key";
    public const string KimPassword = "kim-password-for-tests";

    /// <summary>A telephony source with the suite's own key.</summary>
    public HttpClient Connector() => Connector(ConnectorKey);

    private static Dictionary<string, string> Settings() => new(UserSettings.Of(0, "kim.supervisor", FloorRoles.Supervisor, KimPassword, ["t2"], ["q2"]))
    {
        ["Security:DemoUsers"] = "true",
        ["Security:ConnectorKeys:0"] = ConnectorKey,
        ["Security:ConnectorKeys:1"] = BurstKey,
        ["Security:ConnectorBatchesPerSecond"] = "5",
        ["Security:UnmaskedRoles:0"] = "admin",
    };
}
