using System.Text;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// The string a pattern is matched against, as .NET text: a str as is (its indexes mapped between
/// code points and UTF-16 units when it holds surrogate pairs), a bytes-like object as Latin-1.
/// </summary>
public sealed class ReSubject
{
    public readonly PyObject Original;
    public readonly string Text;
    public readonly bool IsBytes;
    private readonly int[]? _unitOfCp;   // code point index -> UTF-16 index (only with pairs)
    private readonly int[]? _cpOfUnit;   // UTF-16 index -> code point index

    public ReSubject(PyObject original)
    {
        Original = original;
        switch (original)
        {
            case PyStr s:
                Text = s.Value;
                if (s.Length != Text.Length)
                {
                    _unitOfCp = new int[s.Length + 1];
                    _cpOfUnit = new int[Text.Length + 1];
                    var cp = 0;
                    for (var u = 0; u < Text.Length; u++)
                    {
                        _cpOfUnit[u] = cp;
                        if (char.IsHighSurrogate(Text[u]) && u + 1 < Text.Length && char.IsLowSurrogate(Text[u + 1]))
                        {
                            _unitOfCp[cp] = u;
                            _cpOfUnit[u + 1] = cp;
                            u++;
                        }
                        else _unitOfCp[cp] = u;
                        cp++;
                    }
                    _unitOfCp[cp] = Text.Length;
                    _cpOfUnit[Text.Length] = cp;
                }
                break;
            case PyBytes b:
                Text = Encoding.Latin1.GetString(b.Value);
                IsBytes = true;
                break;
            default:
                var bytes = ReBytes.Of(original) ?? throw PyException.TypeError($"expected string or bytes-like object, got '{original.Type.Name}'");
                Text = Encoding.Latin1.GetString(bytes);
                IsBytes = true;
                break;
        }
        Length = _unitOfCp is null ? Text.Length : _unitOfCp.Length - 1;
    }

    /// <summary>The length in Python's indexes.</summary>
    public int Length { get; }

    public int Unit(int cp) => _unitOfCp is null ? cp : _unitOfCp[cp];

    public int Cp(int unit) => _cpOfUnit is null ? unit : _cpOfUnit[unit];

    /// <summary>string[start:end] in Python's indexes, as the subject's type.</summary>
    public PyObject Slice(int start, int end)
    {
        var a = Unit(start);
        var b = Unit(end);
        return Wrap(Text.Substring(a, b - a), IsBytes);
    }

    public static PyObject Wrap(string text, bool bytes) => bytes ? new PyBytes(Encoding.Latin1.GetBytes(text)) : PyStr.From(text);
}

/// <summary>The bytes of a bytes-like object other than bytes (bytearray), if the runtime has one.</summary>
internal static class ReBytes
{
    public static byte[]? Of(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        _ => null,
    };
}
