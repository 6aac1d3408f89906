namespace Engine.Tokenizer;

/// <summary>A position as Python's tokenize module gives it: 1-based row, 0-based column in code points.</summary>
public readonly record struct TokenPosition(int Row, int Col);

/// <summary>
/// One token, shaped like <c>tokenize.TokenInfo</c>: <see cref="Type"/> is the generic type
/// (every operator is OP), <see cref="ExactType"/> names the operator (LPAR, PLUSEQUAL, ...).
/// <see cref="Line"/> is the physical line(s) the token was found on, as tokenize reports it.
/// </summary>
public sealed record Token(TokenType Type, TokenType ExactType, string String, TokenPosition Start, TokenPosition End, string Line);
