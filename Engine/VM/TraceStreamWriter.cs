using System.Text.Encodings.Web;
using System.Text.Json;

namespace Engine.VM;

/// <summary>
/// Writes trace steps as they are settled, one JSON object per line (NDJSON), instead of keeping
/// them: the streamed execute answer. A line is the step's object exactly as the buffered
/// answer's "trace" array holds it (the same writer settings, the same keys in the same order),
/// with one key put first, "index": the step's place in that array. Steps are settled out of
/// order (a CALL's "after" state is known only when its callee has returned, see
/// <see cref="TraceRecorder"/>), and a stream that waited for them would hold the whole callee's
/// trace; so lines go out as steps settle and the index says where each belongs.
/// The lines gather in a buffer handed to <paramref name="flush"/> (whole lines only) once it
/// holds <see cref="FlushBytes"/> or once <see cref="FlushMilliseconds"/> have passed since the
/// last hand-over, so a slow program's steps do not wait for a full buffer.
/// </summary>
public sealed class TraceStreamWriter(Action<ReadOnlyMemory<byte>> flush)
{
    public const int FlushBytes = 1 << 19;
    public const int FlushMilliseconds = 25;

    /// <summary>The writer settings of the answers (AnswerJson): text as it is, no \u escapes for non-ASCII.</summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText IndexName = JsonEncodedText.Encode("index");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText OffsetName = JsonEncodedText.Encode("offset");
    private static readonly JsonEncodedText OpnameName = JsonEncodedText.Encode("opname");
    private static readonly JsonEncodedText ArgName = JsonEncodedText.Encode("arg");
    private static readonly JsonEncodedText ArgreprName = JsonEncodedText.Encode("argrepr");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    internal static readonly JsonEncodedText StackName = JsonEncodedText.Encode("stack");
    internal static readonly JsonEncodedText LocalsName = JsonEncodedText.Encode("locals");

    private readonly LineBuffer _buffer = new();
    private Utf8JsonWriter? _json;
    private long _lastFlush = Environment.TickCount64;

    /// <summary>Step lines written so far.</summary>
    public long Lines { get; private set; }

    public void Write(TraceStep step)
    {
        var json = _json ??= new Utf8JsonWriter(_buffer, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber(IndexName, step.Index);
        WriteFields(json, step);
        json.WriteEndObject();
        EndLine(json);
    }

    private int _stepStart;

    // The settled steps' fast path: the line is written as bytes, not through a Utf8JsonWriter
    // (its per-call checks and escaping cost more than the values do). What it writes is what
    // WriteFields writes, byte for byte: the fixed part of an instruction's line comes from the
    // writer itself (HeadOf), strings the writer would escape go through the writer.

    /// <summary>The UTF-8 of a step's fixed fields as the line writes them after its index: from
    /// the comma before "code" to the "[" that opens "stack". The same for every run of an instruction.</summary>
    internal static byte[] HeadOf(TraceStep step)
    {
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(bytes, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber(IndexName, 0);
            WriteHead(json, step);
            json.WriteStartArray(StackName);
        }
        return bytes.WrittenSpan[IndexZero.Length..].ToArray();
    }

    private static readonly byte[] IndexZero = "{\"index\":0"u8.ToArray();
    private static readonly byte[] IndexStart = "{\"index\":"u8.ToArray();
    private static readonly byte[] StackEndLocalsStart = "],\"locals\":{"u8.ToArray();

    /// <summary>The UTF-8 of <c>"name":</c> as the line writes a locals entry's name.</summary>
    internal static byte[] PropertyNameOf(string name)
    {
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(name.Length + 8);
        using (var json = new Utf8JsonWriter(bytes, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNull(name);
        }
        // {"name":null -> "name":
        return bytes.WrittenSpan[1..^4].ToArray();
    }

    private bool _first;

    /// <summary>Starts a settled step's line: its index and its fixed fields (<paramref name="head"/>,
    /// from <see cref="HeadOf"/>); its stack items, then <see cref="BeginLocals"/> and its locals follow.</summary>
    internal void BeginSettled(TraceStep step, byte[] head)
    {
        _stepStart = _buffer.Length;
        var span = _buffer.GetSpan(IndexStart.Length + 20 + head.Length);
        IndexStart.CopyTo(span);
        step.Index.TryFormat(span[IndexStart.Length..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        var length = IndexStart.Length + digits;
        head.CopyTo(span[length..]);
        _buffer.Advance(length + head.Length);
        _first = true;
    }

    private void Separator()
    {
        if (_first) _first = false;
        else _buffer.Append((byte)',');
    }

    /// <summary>A stack item or locals value that is a JSON string already (quotes included).</summary>
    internal void ItemJson(ReadOnlySpan<byte> json)
    {
        Separator();
        _buffer.Write(json);
    }

    /// <summary>A stack item or locals value that is an int's repr, its digits formatted in place.</summary>
    internal void ItemInt(long value)
    {
        Separator();
        var span = _buffer.GetSpan(2 + 20);
        span[0] = (byte)'"';
        value.TryFormat(span[1..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        span[digits + 1] = (byte)'"';
        _buffer.Advance(digits + 2);
    }

    /// <summary>A stack item or locals value.</summary>
    internal void Item(string text)
    {
        Separator();
        WriteString(text);
    }

    internal void BeginLocals()
    {
        _buffer.Write(StackEndLocalsStart);
        _first = true;
    }

    /// <summary>A locals entry's name, <paramref name="name"/> from <see cref="PropertyNameOf"/>: its value follows.</summary>
    internal void LocalName(byte[] name)
    {
        Separator();
        _buffer.Write(name);
        _first = true; // the value after the name takes no comma
    }

    internal void EndSettled()
    {
        var span = _buffer.GetSpan(3);
        span[0] = (byte)'}';
        span[1] = (byte)'}';
        span[2] = (byte)'\n';
        _buffer.Advance(3);
        LineEnded();
    }

    /// <summary>The JSON string of <paramref name="text"/>, quotes included, as the writer writes it.</summary>
    internal static byte[] JsonStringOf(string text)
    {
        if (IsPlain(text))
        {
            var plain = new byte[text.Length + 2];
            plain[0] = (byte)'"';
            System.Text.Encoding.ASCII.GetBytes(text, plain.AsSpan(1));
            plain[^1] = (byte)'"';
            return plain;
        }
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(text.Length * 2 + 2);
        using (var json = new Utf8JsonWriter(bytes, WriterOptions)) json.WriteStringValue(text);
        return bytes.WrittenSpan.ToArray();
    }

    private Utf8JsonWriter? _strings;

    private void WriteString(string text)
    {
        if (IsPlain(text))
        {
            var span = _buffer.GetSpan(text.Length + 2);
            span[0] = (byte)'"';
            System.Text.Encoding.ASCII.GetBytes(text, span[1..]);
            span[text.Length + 1] = (byte)'"';
            _buffer.Advance(text.Length + 2);
            return;
        }
        // Escapes and non-ASCII text: the writer's own encoding, into the line.
        var json = _strings ??= new Utf8JsonWriter(_buffer, WriterOptions);
        json.WriteStringValue(text);
        json.Flush();
        json.Reset();
    }

    /// <summary>Printable ASCII other than the quote and the backslash: what the writer (relaxed
    /// escaping) copies as it is.</summary>
    private static bool IsPlain(string text) => !text.AsSpan().ContainsAnyExcept(PlainChars);

    private static readonly System.Buffers.SearchValues<char> PlainChars = System.Buffers.SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Drops the step begun last (nothing of it is handed on).</summary>
    internal void CancelStep()
    {
        _json?.Reset();
        _strings?.Reset();
        _buffer.Truncate(_stepStart);
    }

    private void EndLine(Utf8JsonWriter json)
    {
        json.Flush();
        json.Reset();
        _buffer.Append((byte)'\n');
        LineEnded();
    }

    private void LineEnded()
    {
        Lines++;
        if (_buffer.Length >= FlushBytes || Environment.TickCount64 - _lastFlush >= FlushMilliseconds) Flush();
    }

    private static void WriteHead(Utf8JsonWriter json, TraceStep step)
    {
        json.WriteString(CodeName, step.Code);
        json.WriteNumber(OffsetName, step.Offset);
        json.WriteString(OpnameName, step.Opname);
        if (step.Arg is { } arg) json.WriteNumber(ArgName, arg);
        else json.WriteNull(ArgName);
        json.WriteString(ArgreprName, step.Argrepr);
        if (step.Line is { } line) json.WriteNumber(LineName, line);
        else json.WriteNull(LineName);
    }

    /// <summary>The step's members as the buffered answer writes them (JsonSerializer on <see cref="TraceStep"/>).</summary>
    public static void WriteFields(Utf8JsonWriter json, TraceStep step)
    {
        WriteHead(json, step);
        json.WriteStartArray(StackName);
        foreach (var item in step.Stack) json.WriteStringValue(item);
        json.WriteEndArray();
        if (step.Locals is { } locals)
        {
            json.WriteStartObject(LocalsName);
            foreach (var (name, repr) in locals) json.WriteString(name, repr);
            json.WriteEndObject();
        }
        else json.WriteNull(LocalsName);
    }

    /// <summary>Hands the lines gathered so far on.</summary>
    public void Flush()
    {
        _lastFlush = Environment.TickCount64;
        if (_buffer.Length == 0) return;
        flush(_buffer.Written);
        _buffer.Clear();
    }

    /// <summary>A growable byte buffer the JSON writer writes into; cleared after each hand-over, so
    /// it stays as large as the largest run of lines between two (a step as large as its locals).</summary>
    private sealed class LineBuffer : System.Buffers.IBufferWriter<byte>
    {
        private byte[] _bytes = new byte[FlushBytes * 2];

        public int Length { get; private set; }
        public ReadOnlyMemory<byte> Written => _bytes.AsMemory(0, Length);

        public void Advance(int count) => Length += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsMemory(Length);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsSpan(Length);
        }

        public void Append(byte b)
        {
            Ensure(1);
            _bytes[Length++] = b;
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
        }

        public void Clear() => Length = 0;

        public void Truncate(int length) => Length = Math.Min(Length, length);

        private void Ensure(int sizeHint)
        {
            var needed = Length + Math.Max(sizeHint, 256);
            if (needed <= _bytes.Length) return;
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }
    }
}
