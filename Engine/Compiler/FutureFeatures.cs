using Engine.Diagnostics;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// The `from __future__ import ...` statements at the top of a module (CPython's future.c):
/// which features are on, the line of the last such import (later ones are an error the
/// compiler raises), and the co_flags bits they add to every code object.
/// </summary>
internal sealed class FutureFeatures
{
    public const int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public const int CO_FUTURE_ANNOTATIONS = 0x1000000;

    private static readonly HashSet<string> Accepted =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    ];

    public int Flags { get; private set; }
    public int Lineno { get; private set; } = -1;
    public bool Annotations => (Flags & CO_FUTURE_ANNOTATIONS) != 0;

    /// <summary>future_parse: the future imports before any other statement (after a docstring).</summary>
    public static FutureFeatures Parse(Mod mod)
    {
        var ff = new FutureFeatures();
        if (mod is not (Module or Interactive)) return ff;
        var body = mod is Module m ? m.Body : ((Interactive)mod).Body;
        var i = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: StrConstant } } ? 1 : 0;
        var done = false;
        var prevLine = 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];
            if (done && s.Lineno > prevLine) break;
            prevLine = s.Lineno;
            if (s is ImportFrom { Module: "__future__" } f)
            {
                if (done)
                    throw new SourceErrorException(new SourceError("SyntaxError",
                        "from __future__ imports must occur at the beginning of the file", s.Lineno, s.ColOffset, s.Lineno, null));
                ff.CheckFeatures(f);
                ff.Lineno = s.Lineno;
            }
            else done = true;
        }
        return ff;
    }

    private void CheckFeatures(ImportFrom s)
    {
        foreach (var alias in s.Names)
        {
            var feature = alias.Name;
            if (Accepted.Contains(feature)) continue;
            if (feature == "barry_as_FLUFL") Flags |= CO_FUTURE_BARRY_AS_BDFL;
            else if (feature == "annotations") Flags |= CO_FUTURE_ANNOTATIONS;
            else
            {
                var message = feature == "braces" ? "not a chance" : $"future feature {feature} is not defined";
                throw new SourceErrorException(new SourceError("SyntaxError", message, s.Lineno, s.ColOffset + 1, s.Lineno, null));
            }
        }
    }
}
