namespace ContactCenter.Dashboard.Tests;

[CollectionDefinition(Name)]
public sealed class FloorApiCollection : ICollectionFixture<FloorApiFixture>
{
    public const string Name = "floor api";
}
