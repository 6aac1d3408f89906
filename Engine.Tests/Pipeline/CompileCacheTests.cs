using System.Diagnostics.Metrics;
using Engine.Parser;
using Engine.Pipeline;

namespace Engine.Tests.Pipeline;

public class CompileCacheTests
{
    [Fact]
    public void ASourceCompiledAgainIsAnsweredFromTheCache()
    {
        var source = $"x = {Guid.NewGuid().GetHashCode()}\nprint(x)\n";
        var (hits, misses) = Count(() =>
        {
            var first = CompileCache.Compile(source, "<string>");
            var second = CompileCache.Compile(source, "<string>");
            Assert.Same(first.Code, second.Code);
            Assert.NotNull(first.Code);
        });
        Assert.Equal(1, hits);
        Assert.Equal(1, misses);
    }

    [Fact]
    public void FilenameModeAndOptimizeAreAllPartOfTheKey()
    {
        var source = $"assert {Guid.NewGuid().GetHashCode()} > 0, 'x'\n";
        var plain = CompileCache.Compile(source, "<string>");
        Assert.NotSame(plain.Code, CompileCache.Compile(source, "other.py").Code);
        Assert.NotSame(plain.Code, CompileCache.Compile(source, "<string>", optimize: 1).Code);
        Assert.Equal("other.py", CompileCache.Compile(source, "other.py").Code!.Filename);
        var asExpression = CompileCache.Compile("1 + 2", "<string>", ParseMode.Eval);
        Assert.NotSame(CompileCache.Compile("1 + 2", "<string>").Code, asExpression.Code);
    }

    [Fact]
    public void ASyntaxErrorIsRememberedToo()
    {
        var source = $"def f(:\n    pass  # {Guid.NewGuid()}\n";
        var first = CompileCache.Compile(source, "<string>");
        Assert.NotNull(first.Error);
        Assert.Same(first.Error, CompileCache.Compile(source, "<string>").Error);
    }

    /// <summary>The cache's hit and miss counts while <paramref name="work"/> runs on this thread.</summary>
    private static (long Hits, long Misses) Count(Action work)
    {
        long hits = 0, misses = 0;
        var thread = Environment.CurrentManagedThreadId;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CompileCache.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (Environment.CurrentManagedThreadId != thread) return;
            if (instrument.Name == "compile_cache.hits") hits += value;
            else if (instrument.Name == "compile_cache.misses") misses += value;
        });
        listener.Start();
        work();
        return (hits, misses);
    }
}
