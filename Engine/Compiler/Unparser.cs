using Engine.Diagnostics;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>CPython's Python/ast_unparse.c: an expression's source text as the compiler writes it for
/// annotations under `from __future__ import annotations`. (Placeholder until the port lands.)</summary>
internal static class Unparser
{
    public static string Unparse(Expr e) =>
        throw new SourceErrorException(new SourceError("SyntaxError",
            "annotations under 'from __future__ import annotations' are not supported yet by this compiler",
            e.Lineno, e.ColOffset + 1, e.EndLineno, e.EndColOffset is { } c ? c + 1 : null));
}
