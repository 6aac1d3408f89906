using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>
/// UnicodeEncodeError and UnicodeDecodeError as Objects/exceptions.c keeps them: the five
/// arguments (encoding, object, start, end, reason) are also the attributes, and str() builds the
/// message from them ("'utf-8' codec can't encode character '\ud800' in position 0: ...").
/// </summary>
public static class UnicodeErrors
{
    /// <summary>The error a codec raises, with the code-point (or byte) range it could not handle.</summary>
    public static PyException Create(PyType type, string codec, PyObject subject, int start, int end, string reason) =>
        new(ExceptionTypes.New(type, [PyStr.From(codec), subject, PyInt.From(start), PyInt.From(end), PyStr.From(reason)]));

    /// <summary>Takes the attributes from the arguments when they are the five CPython expects.</summary>
    public static void Init(PyBaseException e)
    {
        var encode = e.Type.IsSubtypeOf(ExceptionTypes.UnicodeEncodeError);
        if (!encode && !e.Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError)) return;
        if (e.Args is not [PyStr, var subject, PyInt, PyInt, PyStr]) return;
        if (encode ? subject is not PyStr : subject is not (PyBytes or PyByteArray)) return;
        string[] names = ["encoding", "object", "start", "end", "reason"];
        for (var i = 0; i < names.Length; i++) e.SetMember(names[i], e.Args[i]);
    }

    /// <summary>UnicodeEncodeError.__str__ and UnicodeDecodeError.__str__; false without the attributes.</summary>
    public static bool TryWriteStr(PyBaseException e, ReprWriter w)
    {
        if (e.Member("encoding") is not PyStr encoding || e.Member("object") is not { } subject
            || e.Member("start") is not PyInt { IsBig: false } startInt || e.Member("end") is not PyInt { IsBig: false } endInt
            || e.Member("reason") is not PyStr reason)
            return false;
        long start = startInt.Value, end = endInt.Value;
        w.Append("'").Append(encoding.Value).Append("' codec can't ");
        if (subject is PyStr text)
        {
            if (start >= 0 && start < text.Length && end == start + 1)
            {
                var cp = text.CodePointAt((int)start);
                w.Append("encode character '").Append(cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}").Append('\'');
                w.Append($" in position {start}");
            }
            else w.Append($"encode characters in position {start}-{end - 1}");
        }
        else
        {
            var bytes = subject is PyBytes b ? b.Value : ((PyByteArray)subject).Data.ToArray();
            if (start >= 0 && start < bytes.Length && end == start + 1) w.Append($"decode byte 0x{bytes[start]:x2} in position {start}");
            else w.Append($"decode bytes in position {start}-{end - 1}");
        }
        w.Append(": ").Append(reason.Value);
        return true;
    }
}
