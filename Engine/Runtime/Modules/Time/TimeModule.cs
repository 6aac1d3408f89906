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
         .Value("timezone", 0)
         .Value("altzone", 0)
         .Value("daylight", 0);
        return m.Module;
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
