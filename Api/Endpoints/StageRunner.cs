using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

/// <summary>
/// Runs tokenize, parse and compile in this process, on a large-stack thread each (see
/// LargeStack), bounded so that no request can take the service down:
/// <list type="bullet">
/// <item>at most <see cref="SourceOptions.MaxConcurrentStages"/> at once (the others wait: each is short);</item>
/// <item>an answer larger than <see cref="SourceOptions.MaxAnswerBytes"/> (a source a few hundred
/// kilobytes long can ask for gigabytes: every token repeats its line) is not sent: 422;</item>
/// <item>should the Engine fail on a program, the failure is logged and answered as the stage's
/// SystemError: never a 500, never a lost process.</item>
/// </list>
/// Execute does not come here: its programs run in the sandbox's worker processes.
/// </summary>
public sealed class StageRunner(IOptions<SourceOptions> options, ILogger<StageRunner> logger)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentStages));
    private int _running;

    /// <summary>Stage requests being worked on now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>The most an answer may take (work that can tell early, like compile, is given it).</summary>
    public long MaxAnswerBytes => options.Value.MaxAnswerBytes;

    /// <summary>Runs <paramref name="work"/> and answers what it gives as JSON, or as
    /// <paramref name="respond"/> makes of it (an answer that is not JSON, such as a .pyc file).</summary>
    public async Task<IResult> Run<T>(string stage, Func<T> work, Func<Exception, T> crashed, CancellationToken aborted, Func<T, IResult>? respond = null)
    {
        await _slots.WaitAsync(aborted);
        Interlocked.Increment(ref _running);
        try
        {
            T answer;
            try
            {
                answer = await LargeStack.RunAsync(work);
            }
            catch (AnswerTooLargeException e)
            {
                return TooLarge(e);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The {Stage} stage failed on a program", stage);
                answer = crashed(e);
            }
            if (respond is not null) return respond(answer);
            if (!await FitsAsync(answer, MaxAnswerBytes, aborted)) return TooLarge(new AnswerTooLargeException(stage, MaxAnswerBytes));
            return TypedResults.Ok(answer);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    private static IResult TooLarge(AnswerTooLargeException e) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The answer is too large.", detail: e.Message);

    /// <summary>Whether <paramref name="answer"/> written as JSON takes at most <paramref name="limit"/> bytes
    /// (written to a counter that stops at the limit, so nothing larger than the serializer's buffer is held).</summary>
    private static async Task<bool> FitsAsync<T>(T answer, long limit, CancellationToken aborted)
    {
        try
        {
            await System.Text.Json.JsonSerializer.SerializeAsync(new ByteCounter(limit), answer, AnswerJson.Options, aborted);
            return true;
        }
        catch (ByteCounter.LimitReached)
        {
            return false;
        }
    }

    /// <summary>A write-only stream that counts what is written and throws once past its limit.</summary>
    private sealed class ByteCounter(long limit) : Stream
    {
        public sealed class LimitReached : Exception;

        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Count(count);
        public override void Write(ReadOnlySpan<byte> buffer) => Count(buffer.Length);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) { Count(count); return Task.CompletedTask; }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) { Count(buffer.Length); return ValueTask.CompletedTask; }

        private void Count(int bytes)
        {
            _written += bytes;
            if (_written > limit) throw new LimitReached();
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
