using System.Collections.Concurrent;
using System.Reflection;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>Wraps the real graph store and counts the calls made to it, by method.</summary>
public class StoreCallCounter : DispatchProxy
{
    IGraphStore inner = null!;
    ConcurrentDictionary<string, int> calls = null!;

    public static ConcurrentDictionary<string, int> Install(IServiceCollection services)
    {
        var calls = new ConcurrentDictionary<string, int>();
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var real = (IGraphStore)(original.ImplementationInstance ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            var proxy = Create<IGraphStore, StoreCallCounter>();
            var counter = (StoreCallCounter)(object)proxy;
            counter.inner = real;
            counter.calls = calls;
            return proxy;
        });
        return calls;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        calls.AddOrUpdate(method!.Name, 1, (_, n) => n + 1);
        try { return method.Invoke(inner, args); }
        catch (TargetInvocationException ex) when (ex.InnerException is not null) { throw ex.InnerException; }
    }
}
