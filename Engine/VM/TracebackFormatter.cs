using System.Text;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// The text CPython prints on stderr for an uncaught exception of a program run as a file:
/// Lib/traceback.py's TracebackException(..., compact=True).format() of 3.11, with each frame's
/// source line and position markers, the chained exceptions and the notes. Only frames of the
/// program's own code (its filename) are listed, as the contract asks.
/// </summary>
public sealed class TracebackFormatter
{
    /// <summary>traceback.py's _RECURSIVE_CUTOFF: identical frames past this many are folded.</summary>
    private const int RecursiveCutoff = 3;

    /// <summary>A bound on the text, past which chained exceptions are left out: a program can chain
    /// exceptions without end, and the answer must stay within its size.</summary>
    private const int MaxChars = 1 << 20;

    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private readonly string _filename;
    private readonly string[] _lines;

    /// <param name="source">The program's text (null for a .pyc: no source lines are shown then).</param>
    public TracebackFormatter(string? source, string filename)
    {
        _filename = filename;
        _lines = source is null ? [] : SourceText.SplitLinesKeepEnds(source);
    }

    /// <summary>One exception ready for printing (traceback.TracebackException).</summary>
    private sealed class Rendered(PyBaseException exception, List<FrameSummary> stack, string str)
    {
        public PyBaseException Exception { get; } = exception;
        public List<FrameSummary> Stack { get; } = stack;
        public string Str { get; } = str;
        public Rendered? Cause { get; set; }
        public Rendered? Context { get; set; }

        /// <summary>An exception group's members (null for other exceptions).</summary>
        public List<Rendered>? Exceptions { get; set; }
    }

    /// <summary>traceback.py's _ExceptionPrintContext: how deep in exception groups the printing is.</summary>
    private sealed class PrintContext
    {
        public int Depth;
        public bool NeedClose;
        public string Indent() => new(' ', 2 * Depth);
    }

    /// <summary>TracebackException's max_group_width and max_group_depth defaults.</summary>
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    /// <summary>traceback.FrameSummary with the positions of tb_lasti.</summary>
    private readonly record struct FrameSummary(string Name, int? Line, int? EndLine, int? Col, int? EndCol, string? SourceLine);

    public string Format(PyBaseException exception)
    {
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var top = Render(exception, seen);
        // TracebackException.__init__ follows __cause__, __context__ and a group's members with a queue, not by recursion.
        var queue = new Stack<Rendered>();
        queue.Push(top);
        while (queue.Count > 0)
        {
            var te = queue.Pop();
            var e = te.Exception;
            if (e.Cause is { } cause && !seen.Contains(cause)) te.Cause = Render(cause, seen);
            var needContext = te.Cause is null && !e.SuppressContext;
            if (e.Context is { } context && needContext && !seen.Contains(context)) te.Context = Render(context, seen);
            if (ExceptionGroups.IsGroup(e))
                te.Exceptions = [.. ExceptionGroups.Exceptions(e).Items.OfType<PyBaseException>().Select(m => Render(m, seen))];
            if (te.Cause is not null) queue.Push(te.Cause);
            if (te.Context is not null) queue.Push(te.Context);
            if (te.Exceptions is not null) foreach (var m in te.Exceptions) queue.Push(m);
        }
        var text = new StringBuilder();
        FormatChain(top, new PrintContext(), text);
        return text.ToString();
    }

    /// <summary>TracebackException.format: the chain from the outermost cause to the exception itself,
    /// a group's members boxed below it.</summary>
    private void FormatChain(Rendered top, PrintContext ctx, StringBuilder text)
    {
        var output = new List<(string? Message, Rendered Exception)>();
        for (var te = top; te is not null;)
        {
            if (te.Cause is not null) { output.Add((CauseMessage, te)); te = te.Cause; }
            else if (te.Context is not null && !te.Exception.SuppressContext) { output.Add((ContextMessage, te)); te = te.Context; }
            else { output.Add((null, te)); te = null; }
        }
        for (var i = output.Count - 1; i >= 0; i--)
        {
            // An exception's message says how it relates to the one printed just before it.
            var (message, te) = output[i];
            if (message is not null) Emit(message, ctx, text);
            if (te.Exceptions is null)
            {
                if (te.Stack.Count > 0)
                {
                    Emit("Traceback (most recent call last):\n", ctx, text);
                    Emit(StackText(te.Stack), ctx, text);
                }
                Emit(ExceptionOnlyText(te), ctx, text);
            }
            else if (ctx.Depth > MaxGroupDepth) Emit($"... (max_group_depth is {MaxGroupDepth})\n", ctx, text);
            else FormatGroup(te, ctx, text);
            if (text.Length > MaxChars) break;
        }
    }

    private void FormatGroup(Rendered te, PrintContext ctx, StringBuilder text)
    {
        var isTopLevel = ctx.Depth == 0;
        if (isTopLevel) ctx.Depth++;
        if (te.Stack.Count > 0)
        {
            Emit("Exception Group Traceback (most recent call last):\n", ctx, text, isTopLevel ? '+' : '|');
            Emit(StackText(te.Stack), ctx, text);
        }
        Emit(ExceptionOnlyText(te), ctx, text);
        var members = te.Exceptions!;
        var n = members.Count <= MaxGroupWidth ? members.Count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < n && text.Length <= MaxChars; i++)
        {
            var last = i == n - 1;
            if (last) ctx.NeedClose = true;
            var truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(ctx.Indent()).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            ctx.Depth++;
            if (!truncated) FormatChain(members[i], ctx, text);
            else
            {
                var remaining = members.Count - MaxGroupWidth;
                Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n", ctx, text);
            }
            if (last && ctx.NeedClose)
            {
                text.Append(ctx.Indent()).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.Depth--;
        }
        if (isTopLevel) ctx.Depth = 0;
    }

    /// <summary>_ExceptionPrintContext.emit: every line indented, with the group margin inside a group.</summary>
    private static void Emit(string chunk, PrintContext ctx, StringBuilder text, char margin = '|')
    {
        if (ctx.Depth == 0)
        {
            text.Append(chunk);
            return;
        }
        var indent = ctx.Indent() + margin + " ";
        var start = 0;
        while (start < chunk.Length)
        {
            var end = chunk.IndexOf('\n', start);
            end = end < 0 ? chunk.Length : end + 1;
            text.Append(indent).Append(chunk, start, end - start);
            start = end;
        }
    }

    private string StackText(List<FrameSummary> stack)
    {
        var sb = new StringBuilder();
        FormatStack(stack, sb);
        return sb.ToString();
    }

    private static string ExceptionOnlyText(Rendered te)
    {
        var sb = new StringBuilder();
        FormatExceptionOnly(te, sb);
        return sb.ToString();
    }

    private Rendered Render(PyBaseException exception, HashSet<PyBaseException> seen)
    {
        seen.Add(exception);
        var stack = new List<FrameSummary>();
        for (var tb = exception.Traceback; tb is not null; tb = tb.Next)
        {
            if (tb.Code is not { } code || code.Filename != _filename) continue;
            var position = tb.Offset >= 0 && tb.Offset / 2 < code.Positions.Length
                ? code.Positions[tb.Offset / 2]
                : Bytecode.SourcePosition.None;
            var line = position.Line ?? tb.Line;
            stack.Add(new FrameSummary(code.Name, line, position.EndLine, position.Col, position.EndCol,
                line is { } n && n >= 1 && n <= _lines.Length ? _lines[n - 1] : line is null ? null : ""));
        }
        return new Rendered(exception, stack, SafeStr(exception, "exception"));
    }

    /// <summary>StackSummary.format: frames, with runs of the same frame and line folded.</summary>
    private void FormatStack(List<FrameSummary> stack, StringBuilder text)
    {
        FrameSummary? last = null;
        var count = 0;
        foreach (var frame in stack)
        {
            if (last is not { } l || l.Line != frame.Line || l.Name != frame.Name)
            {
                Repeated(count, text);
                last = frame;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            FormatFrame(frame, text);
        }
        Repeated(count, text);
    }

    private static void Repeated(int count, StringBuilder text)
    {
        if (count <= RecursiveCutoff) return;
        count -= RecursiveCutoff;
        text.Append("  [Previous line repeated ").Append(count).Append(" more time").Append(count > 1 ? "s" : "").Append("]\n");
    }

    /// <summary>StackSummary.format_frame_summary.</summary>
    private void FormatFrame(FrameSummary frame, StringBuilder text)
    {
        text.Append("  File \"").Append(_filename).Append("\", line ")
            .Append(frame.Line is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "None")
            .Append(", in ").Append(frame.Name).Append('\n');
        if (frame.SourceLine is not { } original) return;
        var line = SourceText.CodePoints(original);
        var stripped = SourceText.Strip(line);
        if (stripped.Length == 0) return;
        text.Append("    ").Append(SourceText.FromCodePoints(stripped)).Append('\n');
        if (frame.Col is not { } col || frame.EndCol is not { } endCol) return;

        var strippedCharacters = line.Length - stripped.Length;
        var start = SourceText.ByteOffsetToCharacterOffset(line, col);
        var end = SourceText.ByteOffsetToCharacterOffset(line, endCol);
        var segment = SourceText.Slice(line, start, end);
        CaretAnchors? anchors = null;
        if (frame.Line == frame.EndLine) anchors = CaretAnchors.FromSegment(segment);
        else end = SourceText.RStrip(line).Length;

        if (!(end - start < stripped.Length || (anchors is { } a && a.RightStart - a.LeftEnd > 0))) return;
        var dpStart = DisplayWidth.Of(line, start) + 1;
        var dpEnd = DisplayWidth.Of(line, end) + 1;
        text.Append("    ").Append(' ', Math.Max(0, dpStart - strippedCharacters));
        if (anchors is { } an)
        {
            var dpLeftEnd = DisplayWidth.Of(segment, an.LeftEnd);
            var dpRightStart = DisplayWidth.Of(segment, an.RightStart);
            text.Append('~', Math.Max(0, dpLeftEnd));
            text.Append('^', Math.Max(0, dpRightStart - dpLeftEnd));
            text.Append('~', Math.Max(0, dpEnd - dpStart - dpRightStart));
        }
        else text.Append('^', Math.Max(0, dpEnd - dpStart));
        text.Append('\n');
    }

    /// <summary>TracebackException.format_exception_only: the `Type: message` line, then the notes.</summary>
    private static void FormatExceptionOnly(Rendered te, StringBuilder text)
    {
        var type = te.Exception.Type;
        var name = type.Module is "__main__" or "builtins" ? type.QualName : type.Module + "." + type.QualName;
        text.Append(name);
        if (te.Str.Length > 0) text.Append(": ").Append(te.Str);
        text.Append('\n');
        var notes = te.Exception.HasDict ? te.Exception.Dict.Get("__notes__") : null;
        switch (notes)
        {
            case null:
                break;
            case PyList or PyTuple or PyStr:
                // A sequence of notes: each one's str, line by line (a str is a sequence of its characters).
                foreach (var note in Sequence(notes))
                    foreach (var noteLine in SafeStr(note, "note").Split('\n'))
                        text.Append(noteLine).Append('\n');
                break;
            default:
                string repr;
                try { repr = notes.Repr(); }
                catch (PyException) { repr = "<__notes__ repr() failed>"; }
                text.Append(repr);
                break;
        }
    }

    private static IEnumerable<PyObject> Sequence(PyObject notes) => notes switch
    {
        PyList list => list.Items.ToArray(),
        PyTuple tuple => tuple.Items,
        PyStr s => SourceText.CodePoints(s.Value).Select(c => (PyObject)PyStr.From(SourceText.FromCodePoints([c]))).ToArray(),
        _ => [],
    };

    /// <summary>traceback._safe_string with str().</summary>
    private static string SafeStr(PyObject o, string what)
    {
        try { return o.Str(); }
        catch (PyException) { return $"<{what} str() failed>"; }
    }
}
