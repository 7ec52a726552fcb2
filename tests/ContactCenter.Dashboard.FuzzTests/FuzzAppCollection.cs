namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>One app for the request fuzzers (POST and GET): they only ever touch junk ids.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzAppCollection : ICollectionFixture<FuzzApp>
{
    public const string Name = "fuzz app";
}
