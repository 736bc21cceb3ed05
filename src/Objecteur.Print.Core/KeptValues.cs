using System.Collections.Concurrent;

namespace Objecteur.Print;

/// <summary>Values made once and kept for the next document that needs them, from any thread, at
/// most <c>capacity</c> of them: what a merge's rows bring anew without end (a name's letters in
/// a font subset, its tag, the paragraph that holds it) would otherwise make memory grow row
/// after row, so the values kept are all let go when they are that many. A value made again is
/// the same value: what is kept changes no file. Shared by the stages (Layout, Render).</summary>
internal sealed class KeptValues<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    public bool TryGet(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>The value kept for the key <paramref name="probe"/> stands for, looked up without
    /// making that key (the comparer given knows both).</summary>
    public bool TryGetByProbe<TProbe>(TProbe probe, out TValue value) where TProbe : notnull, allows ref struct =>
        _values.GetAlternateLookup<TProbe>().TryGetValue(probe, out value!);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>; returns it.</summary>
    public TValue Keep(TKey key, TValue value)
    {
        MakeRoom();
        if (_values.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }

    /// <summary>Keeps <paramref name="added"/> for a key not kept yet, or what <paramref name="update"/>
    /// makes of the value kept; returns the value now kept.</summary>
    public TValue Update(TKey key, TValue added, Func<TValue, TValue> update)
    {
        MakeRoom();
        var fresh = false;
        var value = _values.AddOrUpdate(key, _ => { fresh = true; return added; }, (_, kept) => update(kept));
        if (fresh) Interlocked.Increment(ref _count);
        return value;
    }

    /// <summary>Lets every value go once there are as many as the capacity. Counted here: the
    /// dictionary's own count takes all its locks, at every value kept.</summary>
    private void MakeRoom()
    {
        if (Volatile.Read(ref _count) < capacity) return;
        _values.Clear();
        Volatile.Write(ref _count, 0);
    }

    private int _count;
}
