using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>The tree of a module (an Expression or Interactive in the other modes), or the error that stops CPython from building it.</summary>
public sealed record ParseResult(Mod? Tree, SourceError? Error);

/// <summary>
/// <c>ast.parse(source)</c> as CPython 3.11 does it: the same tree, or the same SyntaxError,
/// IndentationError or TabError at the same place. Never throws for any input.
/// </summary>
public static class PythonParser
{
    public static ParseResult Parse(string source, string filename = "<string>", ParseMode mode = ParseMode.Exec)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return ParseModule(source, mode);
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

    /// <summary>
    /// The C tokenizer's errors that only set tok->done (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT)
    /// and so are raised when the parser reaches them; the others (syntaxerror()) are raised at once
    /// and, through _PyPegen_tokenize_full_source_to_check_for_errors, win over any parser error.
    /// </summary>
    private static bool IsReportedOnRequest(SourceError e) =>
        e.Type is "TabError"
        || e.Msg is "unindent does not match any outer indentation level" or "too many levels of indentation"
            or "unexpected character after line continuation character";

    /// <summary>
    /// bad_single_statement: after the REPL statement, the text past the tokenizer's position (the
    /// end of the last line the parser read) holds anything but blanks and comments.
    /// </summary>
    private static bool MoreThanOneStatement(string source, ParserToken last)
    {
        int i = 0;
        for (int line = 1; line <= last.EndLineno && i >= 0; line++) i = source.IndexOf('\n', i) is var nl and >= 0 ? nl + 1 : -1;
        if (i < 0) return false;
        for (; i < source.Length; i++)
        {
            char c = source[i];
            if (c is ' ' or '\t' or '\n' or '\f') continue;
            if (c != '#') return true;
            while (i < source.Length && source[i] != '\n') i++;
        }
        return false;
    }

    /// <summary>The last line of the source (the one a final newline ends, or the unterminated tail).</summary>
    private static Parser.SourceEnd FindSourceEnd(string source)
    {
        // the C tokenizer has read no line at all: its ENDMARKER is on line 0
        if (source.Length == 0) return new Parser.SourceEnd(0, 0);
        int end = source.EndsWith('\n') ? source.Length - 1 : source.Length;
        int lineStart = source.LastIndexOf('\n', Math.Max(end - 1, 0)) + 1;
        if (end == 0) lineStart = 0;
        int lineno = 1;
        foreach (char c in source.AsSpan(0, lineStart)) if (c == '\n') lineno++;
        int length = 0;
        for (int i = lineStart; i < end; i++) if (!char.IsLowSurrogate(source[i])) length++;
        return new Parser.SourceEnd(lineno, length);
    }

    private static ParseResult ParseModule(string source, ParseMode mode)
    {
        if (source.Contains('\0'))
            return new ParseResult(null, new SourceError("SyntaxError", "source code string cannot contain null bytes", null, null, null, null));

        // The C tokenizer reads text with universal newlines: "\r\n" and a lone "\r" are "\n".
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');

        var scan = StrictTokenizer.Tokenize(source);
        if (scan.Error is not null)
        {
            var error = new Parser(scan.Tokens, sourceEnd: FindSourceEnd(source)) { Mode = mode }.ErrorBeforeEndOfTokens();
            // The parser sees these only when it asks for the token that failed: an error it finds
            // in the tokens before wins
            if (IsReportedOnRequest(scan.Error)) return new ParseResult(null, error ?? scan.Error);
            // The others win over the parser's errors (_PyPegen_tokenize_full_source_to_check_for_errors),
            // except the unexpected indent or unindent that _PyPegen_set_syntax_error raises without looking further
            bool indentation = error is { Type: "IndentationError", Msg: "unexpected indent" or "unexpected unindent" };
            return new ParseResult(null, indentation ? error : scan.Error);
        }

        var parser = new Parser(scan.Tokens, scan.EofInBracket, scan.EofAfterBackslash, FindSourceEnd(source)) { Mode = mode };
        var tree = parser.ParseFile();
        if (mode == ParseMode.Single && parser.LastRead is { } last && MoreThanOneStatement(source, last))
            return new ParseResult(null, new SourceError("SyntaxError", "multiple statements found while compiling a single statement",
                last.Lineno, last.ColCp + 1, last.Lineno, last.ColCp + 1));
        return new ParseResult(tree, null);
    }
}
