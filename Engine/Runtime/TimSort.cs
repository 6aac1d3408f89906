namespace Engine.Runtime;

/// <summary>
/// The comparisons of CPython's listsort (Objects/listobject.c) for a list shorter than 64 items,
/// whose minrun is the whole list: count_run, reversing a strictly descending run, then
/// binarysort of the rest. A program sees each comparison (a traced __lt__, cmp_to_key), so the
/// same pairs are compared in the same order as in CPython.
/// </summary>
public static class TimSort
{
    public const int MinMerge = 64;

    /// <summary>Sorts <paramref name="a"/> (indices into the keys) in place with <paramref name="less"/>.</summary>
    public static void SortShort(int[] a, Func<int, int, bool> less)
    {
        var n = a.Length;
        if (n < 2) return;
        var run = CountRun(a, less, out var descending);
        if (descending) Array.Reverse(a, 0, run);
        if (run < n) BinarySort(a, run, less);
    }

    private static int CountRun(int[] a, Func<int, int, bool> less, out bool descending)
    {
        descending = false;
        var n = 2;
        if (less(a[1], a[0]))
        {
            descending = true;
            for (var i = 2; i < a.Length && less(a[i], a[i - 1]); i++) n++;
        }
        else
        {
            for (var i = 2; i < a.Length && !less(a[i], a[i - 1]); i++) n++;
        }
        return n;
    }

    /// <summary>binarysort: a[..start] is sorted; each later item is inserted after the equal ones.</summary>
    private static void BinarySort(int[] a, int start, Func<int, int, bool> less)
    {
        for (; start < a.Length; start++)
        {
            var pivot = a[start];
            int l = 0, r = start;
            do
            {
                var p = l + ((r - l) >> 1);
                if (less(pivot, a[p])) r = p;
                else l = p + 1;
            } while (l < r);
            Array.Copy(a, l, a, l + 1, start - l);
            a[l] = pivot;
        }
    }
}
