namespace ContactCenter.Dashboard.Tests.Live;

[CollectionDefinition(Name)]
public sealed class LiveFloorCollection : ICollectionFixture<LiveFloorFixture>
{
    public const string Name = "live floor";
}
