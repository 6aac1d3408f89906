using System.Diagnostics;

namespace Engine.Runtime.Modules;

/// <summary>
/// The time module's clocks and sleep. sleep() counts against the run's time limit: it never
/// waits past the time the run has left, and a sleep longer than that ends the run
/// (time_limit_exceeded) once the limit is reached.
/// </summary>
public static class TimeModule
{
    public static PyModule Create()
    {
        var start = Stopwatch.GetTimestamp();
        double Elapsed() => Stopwatch.GetElapsedTime(start).TotalSeconds;
        // perf_counter and monotonic count from an arbitrary point, as in CPython: here the import.
        var m = new ModuleBuilder("time", null);
        m.Function("time", (a, k) => { ArgCheck.Exactly("time", a, k, 0); return new PyFloat(Now()); })
         .Function("time_ns", (a, k) => { ArgCheck.Exactly("time_ns", a, k, 0); return PyInt.From((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100); })
         .Function("perf_counter", (a, k) => { ArgCheck.Exactly("perf_counter", a, k, 0); return new PyFloat(Elapsed()); })
         .Function("perf_counter_ns", (a, k) => { ArgCheck.Exactly("perf_counter_ns", a, k, 0); return PyInt.From((long)(Elapsed() * 1e9)); })
         .Function("monotonic", (a, k) => { ArgCheck.Exactly("monotonic", a, k, 0); return new PyFloat(Elapsed()); })
         .Function("monotonic_ns", (a, k) => { ArgCheck.Exactly("monotonic_ns", a, k, 0); return PyInt.From((long)(Elapsed() * 1e9)); })
         .Function("process_time", (a, k) => { ArgCheck.Exactly("process_time", a, k, 0); return new PyFloat(Elapsed()); })
         .Function("sleep", Sleep)
         .Value("struct_time", StructTime.Kind.Type)
         .Function("gmtime", (a, k) => StructTime.Convert(a, k, "gmtime", "GMT"))
         .Function("localtime", (a, k) => StructTime.Convert(a, k, "localtime", "UTC"))
         .Function("mktime", (a, k) => { ArgCheck.Exactly("mktime", a, k, 1); return new PyFloat(StructTime.MkTime(StructTime.Fields(a[0], "mktime"))); })
         .Function("strftime", StrftimeFunction)
         .Function("strptime", (a, k) =>
         {
             // As CPython does: time.strptime is _strptime._strptime_time, a library module written in Python.
             ArgCheck.Range("strptime", a, k, 1, 2);
             var reader = Importer.Load("_strptime").Get("_strptime_time")!;
             return RuntimeContext.Current.CallObject!(reader, a.ToArray());
         })
         .Function("asctime", (a, k) => { ArgCheck.Range("asctime", a, k, 0, 1); return PyStr.From(Strftime.Format("%a %b %e %H:%M:%S %Y", TimeFields(a, "asctime"), "UTC")); })
         .Function("ctime", (a, k) =>
         {
             ArgCheck.Range("ctime", a, k, 0, 1);
             var t = (PyStructSeq)StructTime.Convert(a, k, "ctime", "UTC");
             return PyStr.From(Strftime.Format("%a %b %e %H:%M:%S %Y", StructTime.Fields(t, "ctime"), "UTC"));
         })
         .Value("tzname", PyTuple.Create([PyStr.From("UTC"), PyStr.From("UTC")]))
         .Value("timezone", 0)
         .Value("altzone", 0)
         .Value("daylight", 0);
        return m.Module;
    }

    /// <summary>The fields of the optional time tuple argument, or of the local time now.</summary>
    private static int[] TimeFields(ReadOnlySpan<PyObject> a, string function) =>
        StructTime.Fields(a.Length > 0 ? a[0] : StructTime.Convert([], null, function, "UTC"), function);

    private static PyObject StrftimeFunction(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.Range("strftime", a, k, 1, 2);
        if (a[0] is not PyStr format) throw PyException.TypeError($"strftime() argument 1 must be str, not {a[0].Type.Name}");
        var fields = TimeFields(a[1..], "strftime");
        if (fields[1] < 0 || fields[1] > 12) throw PyException.ValueError("month out of range");
        if (fields[2] < 0 || fields[2] > 31) throw PyException.ValueError("day of month out of range");
        if (fields[3] < 0 || fields[3] > 23) throw PyException.ValueError("hour out of range");
        if (fields[4] < 0 || fields[4] > 59) throw PyException.ValueError("minute out of range");
        if (fields[5] < 0 || fields[5] > 61) throw PyException.ValueError("seconds out of range");
        if (fields[7] < 0 || fields[7] > 366) throw PyException.ValueError("day of year out of range");
        // CPython normalizes a zero month, day or day of the year to 1, and the weekday modulo 7.
        fields[1] = Math.Max(fields[1], 1);
        fields[2] = Math.Max(fields[2], 1);
        fields[7] = Math.Max(fields[7], 1);
        fields[6] = ((fields[6] % 7) + 7) % 7;
        var zone = a.Length > 1 && a[1] is PyStructSeq { Values: var v } && v[9] is PyStr z ? z.Value : "UTC";
        return PyStr.From(Strftime.Format(format.Value, fields, zone));
    }

    private static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;

    private static PyObject Sleep(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("sleep", k);
        if (a.Length != 1) throw PyException.TypeError($"time.sleep() takes exactly one argument ({a.Length} given)");
        var seconds = a[0] switch
        {
            PyFloat f => f.Value,
            PyInt i => i.ToDouble(),
            var o => throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"),
        };
        if (double.IsNaN(seconds)) throw PyException.ValueError("Invalid value NaN (not a number)");
        if (seconds < 0) throw PyException.ValueError("sleep length must be non-negative");
        var context = RuntimeContext.Current;
        var left = context.SecondsLeft();
        if (seconds >= left)
        {
            // The run would end during the sleep: wait out what is left, then stop at the limit.
            if (double.IsFinite(left) && left > 0) Thread.Sleep(TimeSpan.FromSeconds(left));
            throw new ResourceLimitException(ResourceLimit.Time);
        }
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        return PyNone.Instance;
    }
}
