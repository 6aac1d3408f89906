using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>
/// A token as CPython's C tokenizer hands it to the parser: no COMMENT or NL tokens, keywords are
/// NAMEs, operators carry their exact type. Positions are 1-based lines; <see cref="Col"/> and
/// <see cref="EndCol"/> are UTF-8 byte offsets (what the AST stores), <see cref="ColCp"/> and
/// <see cref="EndColCp"/> code point columns (what SyntaxError.offset counts).
/// </summary>
internal sealed class ParserToken(TokenType type, string text, int lineno, int col, int colCp, int endLineno, int endCol, int endColCp)
{
    public TokenType Type { get; } = type;
    public string Text { get; } = text;
    public int Lineno { get; } = lineno;
    public int Col { get; } = col;
    public int ColCp { get; } = colCp;
    public int EndLineno { get; } = endLineno;
    public int EndCol { get; } = endCol;
    public int EndColCp { get; } = endColCp;

    /// <summary>For STRING tokens: the source line the token starts on begins at this offset (used to place f-string expressions).</summary>
    public int SourceStart { get; init; }

    public bool Is(TokenType t) => Type == t;
    public bool IsName(string s) => Type == TokenType.NAME && Text == s;
    public override string ToString() => $"{Type} '{Text}' {Lineno}:{Col}-{EndLineno}:{EndCol}";
}
