using FsCheck.Xunit;

namespace Objecteur.Print.Tests;

/// <summary>The caches of a merge keep what was last made and never more than their capacity.</summary>
public class KeptValuesTests
{
    [Property(MaxTest = 100)]
    public bool A_value_just_kept_is_found_and_no_more_than_the_capacity_are_ever_kept(byte capacity, int[] keys)
    {
        var kept = new KeptValues<int, string>(capacity + 1);
        var found = 0;
        foreach (var key in keys)
        {
            kept.Keep(key, key.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!kept.TryGet(key, out var value) || value != key.ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
            found = keys.Distinct().Count(k => kept.TryGet(k, out _));
            if (found > capacity + 1) return false;
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool A_value_updated_is_the_update_of_the_one_kept_and_no_more_than_the_capacity_are_ever_kept(byte capacity, byte[] keys)
    {
        var kept = new KeptValues<int, int>(capacity + 1);
        foreach (int key in keys)
        {
            var before = kept.TryGet(key, out var old) ? old : (int?)null;
            var now = kept.Update(key, 1, n => n + 1);
            // Full, the values are let go first: the key then starts again.
            if (now != (before ?? 0) + 1 && now != 1) return false;
            if (!kept.TryGet(key, out var found) || found != now) return false;
            if (keys.Distinct().Count(k => kept.TryGet((int)k, out _)) > capacity + 1) return false;
        }
        return true;
    }
}
