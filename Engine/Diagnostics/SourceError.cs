namespace Engine.Diagnostics;

/// <summary>
/// An error in the program's text, shaped like CPython's SyntaxError attributes (and like
/// tokenize.TokenError, whose end position is always null). <see cref="Type"/> is the Python
/// exception class name: SyntaxError, IndentationError, TabError or TokenError.
/// Positions follow CPython: 1-based line, 1-based offset (in code points for the parser's
/// errors, exactly as SyntaxError.offset), null where CPython gives none.
/// </summary>
public sealed record SourceError(string Type, string Msg, int? Lineno, int? Offset, int? EndLineno, int? EndOffset);

/// <summary>Thrown inside a stage to abandon it with a <see cref="SourceError"/>; never escapes the Engine's entry points.</summary>
public sealed class SourceErrorException(SourceError error) : Exception(error.Msg)
{
    public SourceError Error { get; } = error;
}
