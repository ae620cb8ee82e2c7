using System.Collections.Concurrent;

namespace FactionGraph.Extraction;

/// <summary>
/// Remembers a pure function of a folded gap string. The same short gaps (", ", "and", "joined", "has joined")
/// recur between names in sentence after sentence and article after article, and each costs several regex runs
/// the first time. Concurrent, so one extractor still serves many threads; bounded, so a stream of unseen gaps
/// cannot grow memory without end (past the limit, values are computed and not stored).
/// </summary>
internal sealed class GapMemo<T>(Func<string, T> compute, int limit = 1 << 16)
{
    readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);

    public T this[string gap]
    {
        get
        {
            if (_values.TryGetValue(gap, out var value)) return value;
            value = compute(gap);
            if (_values.Count < limit) _values.TryAdd(gap, value);
            return value;
        }
    }
}
