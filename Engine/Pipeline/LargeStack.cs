using System.Runtime.ExceptionServices;

namespace Engine.Pipeline;

/// <summary>
/// Runs a stage on a thread of its own with a large stack. The parser and the tree writers
/// recurse as deep as the source nests; their depth is bounded by CPython's own limits, and
/// this stack keeps the worst case far from a .NET stack overflow, which would end the process.
/// </summary>
public static class LargeStack
{
    public const int StackBytes = 64 * 1024 * 1024;

    public static Task<T> RunAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try { done.SetResult(work()); }
            catch (Exception e) { done.SetException(e); }
        }, StackBytes)
        {
            IsBackground = true,
            Name = "engine-stage",
        };
        thread.Start();
        return done.Task;
    }

    public static T Run<T>(Func<T> work)
    {
        try { return RunAsync(work).GetAwaiter().GetResult(); }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
