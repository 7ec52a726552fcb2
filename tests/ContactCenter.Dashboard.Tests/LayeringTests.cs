using System.Reflection;
using ContactCenter.Contracts.Events;
using ContactCenter.Domain.Calls;
using ContactCenter.Grains.Routing;
using NetArchTest.Rules;

namespace ContactCenter.Dashboard.Tests;

/// <summary>
/// Dependencies point one way: contracts ← domain ← grains ← hosting ← front end, and inside the
/// front end only <c>Hosting/</c> knows that grains exist (everything else talks to grain
/// contracts, so it cannot reach into a grain's internals).
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Dashboard = typeof(Program).Assembly;
    private static readonly Assembly Contracts = typeof(FloorEvent).Assembly;
    private static readonly Assembly Domain = typeof(CallFacts).Assembly;
    private static readonly Assembly Grains = typeof(GrainEventSink).Assembly;
    private static readonly Assembly Asterisk = typeof(ContactCenter.Connectors.Asterisk.QueueLog.QueueLogParser).Assembly;

    [Fact]
    public void Only_the_front_ends_hosting_knows_the_grains()
    {
        AssertHolds(Types.InAssembly(Dashboard)
            .That().DoNotResideInNamespace("ContactCenter.Dashboard.Hosting")
            .ShouldNot().HaveDependencyOn("ContactCenter.Grains"));
    }

    [Fact]
    public void Contracts_depend_on_nothing_of_ours()
    {
        AssertHolds(Types.InAssembly(Contracts)
            .ShouldNot().HaveDependencyOnAny("ContactCenter.Domain", "ContactCenter.Grains", "ContactCenter.Hosting", "ContactCenter.Dashboard", "ContactCenter.Ingestion"));
    }

    [Fact]
    public void The_domain_knows_contracts_only()
    {
        AssertHolds(Types.InAssembly(Domain)
            .ShouldNot().HaveDependencyOnAny("ContactCenter.Grains", "ContactCenter.Hosting", "ContactCenter.Dashboard", "ContactCenter.Ingestion", "Orleans.Runtime"));
    }

    [Fact]
    public void Grains_know_no_host_and_no_front_end()
    {
        AssertHolds(Types.InAssembly(Grains)
            .ShouldNot().HaveDependencyOnAny("ContactCenter.Hosting", "ContactCenter.Dashboard", "Microsoft.AspNetCore"));
    }

    [Fact]
    public void Connectors_know_contracts_only_and_feed_the_floor_through_the_sink()
    {
        AssertHolds(Types.InAssembly(Asterisk)
            .ShouldNot().HaveDependencyOnAny("ContactCenter.Domain", "ContactCenter.Grains", "ContactCenter.Hosting", "ContactCenter.Dashboard", "ContactCenter.Ingestion", "Microsoft.AspNetCore"));
    }

    private static void AssertHolds(ConditionList rule)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, "breaks the layering: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
