using Xunit.Abstractions;
using Xunit.Sdk;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// A fact that is reported skipped, rather than run, when its class is marked <see cref="RequiresNeo4jAttribute"/>
/// and FACTIONGRAPH_SKIP_NEO4J=1. The decision needs the concrete class, because the contract
/// suite's facts are inherited by the SQLite and the Neo4j classes alike.
/// </summary>
[XunitTestCaseDiscoverer("FactionGraph.Storage.Tests.StoreFactDiscoverer", "FactionGraph.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    readonly FactDiscoverer facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsNeo4j = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        if (!needsNeo4j || !Neo4jTestServer.SkipRequested) return facts.Discover(options, testMethod, factAttribute);
        return [new SkippedTestCase(diagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod,
            "FACTIONGRAPH_SKIP_NEO4J=1")];
    }
}

/// <summary>A test case reported as skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    string reason = "";

    [Obsolete("For deserialization only.")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(sink, display, displayOptions, method) => this.reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("reason", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("reason");
        base.Deserialize(data);
    }
}
