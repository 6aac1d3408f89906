using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>
/// sys.getsizeof: the sizes CPython 3.11 reports on 64-bit Linux, from the layouts of its objects
/// (header, items, over-allocation). Containers are sized as when built one item at a time from
/// empty (append, d[k] = v, add), the way a program watching them grow builds them.
/// Null for objects whose size this runtime cannot tell (getsizeof's default then applies).
/// </summary>
internal static class SizeOf
{
    public static long? Of(PyObject o) => o switch
    {
        PyBool => 28,
        PyInt i => Int(i),
        PyFloat => 24,
        PyComplex => 32,
        PyNone => 16,
        PyStr s => Str(s),
        PyBytes b => 33 + b.Value.Length,
        PyTuple t => 40 + 8L * t.Count,
        PyList l => 56 + 8L * ListCapacity(l.Count),
        PyDict d => Dict(d),
        PySet s => Set(s.Count),
        PyRange => 48,
        _ when o.Type.IsUserDefined && o.InstanceDict is not null => 56,
        _ => null,
    };

    /// <summary>A 30-bit digit each (at least one), after a 24-byte header.</summary>
    private static long Int(PyInt i)
    {
        var magnitude = BigInteger.Abs(i.AsBig);
        var bits = magnitude.IsZero ? 1 : (long)magnitude.GetBitLength();
        return 24 + 4 * ((bits + 29) / 30);
    }

    /// <summary>A compact string: ASCII (49 + n), Latin-1 (73 + n), UCS-2 (74 + 2n), UCS-4 (76 + 4n).</summary>
    private static long Str(PyStr s)
    {
        var max = 0;
        for (var k = 0; k < s.Length; k++) max = Math.Max(max, s.CodePointAt(k));
        long n = s.Length;
        return max < 128 ? 49 + n : max < 256 ? 73 + n : max < 65536 ? 74 + 2 * n : 76 + 4 * n;
    }

    /// <summary>list_resize's over-allocation, applied append by append.</summary>
    private static long ListCapacity(long count)
    {
        long allocated = 0;
        for (long size = 1; size <= count; size++)
            if (size > allocated) allocated = (size + (size >> 3) + 6) & ~3L;
        return allocated;
    }

    /// <summary>A dict's keys table: 8 slots at first, resized to the next power of two at least
    /// three times the items when its usable two thirds are full; entries of 16 bytes when every
    /// key is a str, else 24; index bytes of 1, 2 or 4 by table size.</summary>
    private static long Dict(PyDict d)
    {
        if (d.Count == 0) return 64;
        long size = 8, used = 0;
        for (long n = 1; n <= d.Count; n++)
        {
            if (used >= size * 2 / 3)
            {
                size = 8;
                while (size < used * 3) size <<= 1;
            }
            used++;
        }
        var allStr = true;
        foreach (var (key, _) in d.Items)
            if (key is not PyStr) { allStr = false; break; }
        var indexBytes = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffffL ? 4 : 8;
        return 64 + 32 + size * indexBytes + size * 2 / 3 * (allStr ? 16 : 24);
    }

    /// <summary>A set's table: 8 slots inside the object, then a table of its own, resized to
    /// four times the items when a fifth of the slots would be over three fifths full.</summary>
    private static long Set(long count)
    {
        long mask = 7;
        for (long fill = 1; fill <= count; fill++)
        {
            if (fill * 5 < mask * 3) continue;
            long size = 8;
            while (size <= fill * 4) size <<= 1;
            mask = size - 1;
        }
        return mask == 7 ? 216 : 216 + 16 * (mask + 1);
    }
}
