namespace ContactCenter.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class FloorCollection : ICollectionFixture<FloorClusterFixture>
{
    public const string Name = "floor cluster";
}
