namespace Engine.Runtime.Modules;

/// <summary>
/// time.struct_time and the conversions between it and seconds since the epoch. The sandbox's
/// local time zone is UTC (as the oracle's machine has it): localtime() is gmtime() named "UTC".
/// </summary>
public static class StructTime
{
    public static readonly StructSeqType Kind = new("time", "struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], visible: 9);

    static StructTime()
    {
        Kind.Type.Constructor = (a, k) =>
        {
            ArgCheck.Range("struct_time", a, k, 1, 2);
            var items = Ops.ToList(a[0]);
            if (items.Count < 9)
                throw PyException.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Count}-sequence given)");
            if (items.Count > 11)
                throw PyException.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Count}-sequence given)");
            var values = new PyObject[11];
            for (var i = 0; i < 11; i++) values[i] = i < items.Count ? items[i] : PyNone.Instance;
            return Kind.Create(values);
        };
    }

    /// <summary>The broken-down UTC time of <paramref name="seconds"/> since the epoch.</summary>
    public static PyStructSeq FromSeconds(long seconds, string zone)
    {
        var days = Math.DivRem(seconds, 86400L, out var rest);
        if (rest < 0) { rest += 86400; days--; }
        DateTime day;
        try { day = DateTime.UnixEpoch.AddDays(days); }
        catch (ArgumentOutOfRangeException) { throw PyException.OverflowError("timestamp out of range for platform time_t"); }
        return Kind.Create(PyInt.From(day.Year), PyInt.From(day.Month), PyInt.From(day.Day),
            PyInt.From(rest / 3600), PyInt.From(rest / 60 % 60), PyInt.From(rest % 60),
            PyInt.From(((int)day.DayOfWeek + 6) % 7), PyInt.From(day.DayOfYear), PyInt.From(0),
            PyStr.From(zone), PyInt.From(0));
    }

    /// <summary>gmtime([secs]) / localtime([secs]): now when secs is omitted or None.</summary>
    public static PyObject Convert(ReadOnlySpan<PyObject> a, string[]? k, string name, string zone)
    {
        ArgCheck.Range(name, a, k, 0, 1);
        double seconds;
        if (a.Length == 0 || a[0] is PyNone) seconds = Math.Floor((DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds);
        else seconds = a[0] switch
        {
            PyInt i => i.ToDouble(),
            PyFloat f => double.IsNaN(f.Value) ? throw PyException.ValueError("Invalid value NaN (not a number)") : f.Value,
            var o => throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"),
        };
        if (Math.Abs(seconds) > 1e17) throw PyException.OverflowError("timestamp out of range for platform time_t");
        return FromSeconds((long)Math.Truncate(seconds), zone);
    }

    /// <summary>The nine fields of a struct_time or 9-tuple argument, checked as time.strftime checks them.</summary>
    public static int[] Fields(PyObject tuple, string function)
    {
        if (tuple is not PyTuple t)
            throw PyException.TypeError($"Tuple or struct_time argument required");
        if (t.Count != 9) throw PyException.TypeError($"{function}(): illegal time tuple argument");
        var f = new int[9];
        for (var i = 0; i < 9; i++)
            f[i] = t.Items[i] is PyInt n ? (int)n.ToDouble()
                : throw PyException.TypeError($"'{t.Items[i].Type.Name}' object cannot be interpreted as an integer");
        return f;
    }

    /// <summary>mktime(t): seconds since the epoch of a local (here UTC) broken-down time.</summary>
    public static double MkTime(int[] f)
    {
        var day = new DateTime(1970, 1, 1).AddYears(f[0] - 1970).AddMonths(f[1] - 1).AddDays(f[2] - 1);
        return (day - DateTime.UnixEpoch).TotalDays * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    }
}
