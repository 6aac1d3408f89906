using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

/// <summary>
/// Runs tokenize, parse and compile in this process, on a large-stack thread each (see
/// LargeStack) when the work recurses as deep as the source nests, bounded so that no request
/// can take the service down:
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

    /// <summary>Answers of at most this many bytes are written once, into memory, and sent from
    /// there; larger ones are measured first and then written again, straight to the client, so
    /// that no more than this is ever held.</summary>
    public const int BufferedAnswerBytes = 64 << 10;

    /// <summary>Runs <paramref name="work"/> and answers what it gives as JSON, or as
    /// <paramref name="respond"/> makes of it (an answer that is not JSON, such as a .pyc file).
    /// Work that recurses as deep as the source nests (parse, compile) runs on a large-stack
    /// thread of its own; work that does not (<paramref name="recursive"/> false: the tokenizer is
    /// a loop, as tokenize.py's is) runs on the request's thread, sparing a thread start.
    /// <paramref name="writeJson"/>, when given, writes an answer kept in memory in place of the
    /// serializer (it must write the same JSON); a larger answer is always streamed by the serializer.</summary>
    public async Task<IResult> Run<T>(string stage, Func<T> work, Func<Exception, T> crashed, CancellationToken aborted,
        Func<T, IResult>? respond = null, bool recursive = true, Action<System.Text.Json.Utf8JsonWriter, T>? writeJson = null)
    {
        await _slots.WaitAsync(aborted);
        Interlocked.Increment(ref _running);
        try
        {
            T answer;
            try
            {
                answer = recursive ? await LargeStack.RunAsync(work) : work();
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
            var written = new AnswerBuffer(BufferedAnswerBytes, MaxAnswerBytes);
            if (!written.Fits(answer, writeJson)) return TooLarge(new AnswerTooLargeException(stage, MaxAnswerBytes));
            return written.Kept() is { } json ? json : new JsonStream<T>(answer);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    private static IResult TooLarge(AnswerTooLargeException e) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The answer is too large.", detail: e.Message);

    /// <summary>
    /// Where an answer is written as JSON once: it keeps the bytes, in an array from the shared
    /// pool, while there are at most <c>keep</c> of them, then only counts, and throws once past
    /// <c>limit</c>. Pooled because a small answer is the common case: a fresh, zeroed buffer for
    /// each was a measurable part of a small request's time.
    /// </summary>
    private sealed class AnswerBuffer(int keep, long limit) : System.Buffers.IBufferWriter<byte>
    {
        private sealed class LimitReached : Exception;

        private const int Chunk = 4096;
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Chunk);
        private bool _keeping = true;
        private int _kept;
        private long _written;

        /// <summary>The answer's JSON, when it was small enough to keep: its bytes, in an array
        /// that <see cref="JsonBytes"/> gives back to the pool once they are sent.</summary>
        public JsonBytes? Kept() => _keeping ? new JsonBytes(_buffer, _kept) : null;

        /// <summary>Whether <paramref name="answer"/> written as JSON takes at most the limit
        /// (nothing larger than the writer's buffer and the kept bytes is ever held).</summary>
        public bool Fits<T>(T answer, Action<System.Text.Json.Utf8JsonWriter, T>? writeJson)
        {
            try
            {
                using var writer = new System.Text.Json.Utf8JsonWriter(this, AnswerJson.WriterOptions);
                if (writeJson is null) System.Text.Json.JsonSerializer.Serialize(writer, answer, AnswerJson.Options);
                else writeJson(writer, answer);
                writer.Flush();
                return true;
            }
            catch (LimitReached)
            {
                return false;
            }
        }

        public void Advance(int count)
        {
            _written += count;
            if (_written > limit) throw new LimitReached();
            if (!_keeping) return;
            _kept += count;
            if (_kept > keep) _keeping = false; // from now on the buffer is scratch space
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            var wanted = Math.Max(sizeHint, 1);
            if (!_keeping) return Room(0, wanted);
            return Room(_kept, wanted).Slice(_kept);
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        /// <summary>The buffer, grown (keeping its first <paramref name="used"/> bytes) to hold
        /// <paramref name="wanted"/> more.</summary>
        private Memory<byte> Room(int used, int wanted)
        {
            if (_buffer.Length - used < Math.Max(wanted, Chunk / 4))
            {
                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(used + Math.Max(wanted, Chunk), _buffer.Length * 2));
                _buffer.AsSpan(0, used).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            return _buffer;
        }
    }

    private const string JsonContentType = "application/json; charset=utf-8";

    // Answers are written with AnswerJson.Options (as they are measured), not the host's JSON
    // options: the same JSON, with the faster token writer the host's options leave out.

    /// <summary>An answer already written as JSON: sent as TypedResults.Ok would send it (200,
    /// application/json; charset=utf-8), with its length known.</summary>
    private sealed class JsonBytes(byte[] pooled, int length) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = JsonContentType;
            context.Response.ContentLength = length;
            await context.Response.Body.WriteAsync(pooled.AsMemory(0, length));
            System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    /// <summary>An answer too large to hold, written straight to the client (as TypedResults.Ok would).</summary>
    private sealed class JsonStream<T>(T answer) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = JsonContentType;
            try
            {
                await System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, answer, AnswerJson.Options, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // the client left: nothing to answer
            }
        }
    }
}
