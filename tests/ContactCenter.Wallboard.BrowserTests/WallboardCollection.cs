namespace ContactCenter.Wallboard.BrowserTests;

[CollectionDefinition(Name)]
public sealed class WallboardCollection : ICollectionFixture<WallboardFixture>
{
    public const string Name = "wall-board in a browser";
}
