using System.Collections.Concurrent;
using System.Reflection;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>Wraps the real graph store and counts the calls made to it, by method; optionally makes reads slow.</summary>
public class StoreCallCounter : DispatchProxy
{
    IGraphStore inner = null!;
    ConcurrentDictionary<string, int> calls = null!;
    TimeSpan readDelay;

    public static ConcurrentDictionary<string, int> Install(IServiceCollection services, TimeSpan readDelay = default)
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
            counter.readDelay = readDelay;
            return proxy;
        });
        return calls;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        calls.AddOrUpdate(method!.Name, 1, (_, n) => n + 1);
        if (readDelay > TimeSpan.Zero && method.Name.StartsWith("Get") && args?.LastOrDefault() is CancellationToken ct)
            return SlowAsync(method, args, ct);
        try { return method.Invoke(inner, args); }
        catch (TargetInvocationException ex) when (ex.InnerException is not null) { throw ex.InnerException; }
    }

    /// <summary>A read that first waits (honouring cancellation, as a slow server would), then runs for real.</summary>
    object? SlowAsync(MethodInfo method, object?[] args, CancellationToken ct)
    {
        var delay = Task.Delay(readDelay, ct);
        var resultType = method.ReturnType.GetGenericArguments()[0];
        var continuation = typeof(StoreCallCounter).GetMethod(nameof(ThenAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(resultType);
        return continuation.Invoke(null, [delay, (Func<object?>)(() => method.Invoke(inner, args))]);
    }

    static async Task<T> ThenAsync<T>(Task delay, Func<object?> call)
    {
        await delay;
        return await (Task<T>)call()!;
    }
}
