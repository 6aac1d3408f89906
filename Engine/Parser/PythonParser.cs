using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>The tree of a module, or the error that stops CPython from building it.</summary>
public sealed record ParseResult(Module? Tree, SourceError? Error);

/// <summary>
/// <c>ast.parse(source)</c> as CPython 3.11 does it: the same tree, or the same SyntaxError,
/// IndentationError or TabError at the same place. Never throws for any input.
/// </summary>
public static class PythonParser
{
    public static ParseResult Parse(string source, string filename = "<string>")
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return ParseModule(source);
        }
        catch (SourceErrorException e)
        {
            return new ParseResult(null, e.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            return new ParseResult(null, Parser.TooDeep);
        }
    }

    private static ParseResult ParseModule(string source)
    {
        if (source.Contains('\0'))
            return new ParseResult(null, new SourceError("SyntaxError", "source code string cannot contain null bytes", null, null, null, null));

        // The C tokenizer reads text with universal newlines: "\r\n" and a lone "\r" are "\n".
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');

        var scan = StrictTokenizer.Tokenize(source);
        if (scan.Error is not null) return new ParseResult(null, scan.Error);

        var parser = new Parser(scan.Tokens, scan.EofInBracket, scan.EofAfterBackslash);
        return new ParseResult(parser.ParseFile(), null);
    }
}
