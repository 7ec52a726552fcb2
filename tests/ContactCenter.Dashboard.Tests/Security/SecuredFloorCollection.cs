namespace ContactCenter.Dashboard.Tests.Security;

[CollectionDefinition(Name)]
public sealed class SecuredFloorCollection : ICollectionFixture<SecuredFloorFixture>
{
    public const string Name = "secured floor";
}
