namespace Engine.Runtime.Modules;

/// <summary>
/// math.fsum: the exactly rounded sum of floats (Shewchuk's algorithm, as msum in CPython's
/// mathmodule.c): the running sum is kept as a list of non-overlapping partials, so no bit
/// is lost until the final rounding, which is corrected for half-way cases.
/// </summary>
internal static class Fsum
{
    public static double Sum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = Ops.Iter(iterable);
        var context = RuntimeContext.Current;
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            context.Tick();
            var x = MathArgs.ToDouble(item);
            var original = x;
            var n = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0) partials[n++] = lo;
                x = hi;
            }
            partials.RemoveRange(n, partials.Count - n);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // A non-finite partial: from an inf or nan item, or an overflow of finite ones.
                    if (double.IsFinite(original)) throw PyException.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(original)) infSum += original;
                    specialSum += original;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyException.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0;
        var count = partials.Count;
        if (count > 0)
        {
            total = partials[--count];
            double lo = 0;
            // Adds from the top until the sum is inexact.
            while (count > 0)
            {
                var x = total;
                var y = partials[--count];
                total = x + y;
                var yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Half-way case: round by the sign of the next partial.
            if (count > 0 && ((lo < 0.0 && partials[count - 1] < 0.0) || (lo > 0.0 && partials[count - 1] > 0.0)))
            {
                var y = lo * 2.0;
                var x = total + y;
                var yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }
}
