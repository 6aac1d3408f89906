using Engine.Tokenizer;
using static Engine.Tokenizer.TokenType;

namespace Engine.Tests.Tokenizer;

/// <summary>
/// Expected tokens are what CPython 3.11's tokenize.generate_tokens gives for the same text
/// (written out from it). <c>line</c> is checked where a test spells it out.
/// </summary>
public class PythonTokenizerTests
{
    // SimpleStatementWithNewline
    [Fact]
    public void SimpleStatementWithNewline()
    {
        AssertTokens("x = 1\n",
            T(NAME, "x", 1, 0, 1, 1, line: "x = 1\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = 1\n"),
            T(NUMBER, "1", 1, 4, 1, 5, line: "x = 1\n"),
            T(NEWLINE, "\n", 1, 5, 1, 6, line: "x = 1\n"),
            T(ENDMARKER, "", 2, 0, 2, 0, line: ""));
    }

    // ImplicitNewlineAtEofWithoutNewline
    [Fact]
    public void ImplicitNewlineAtEofWithoutNewline()
    {
        AssertTokens("x = 1",
            T(NAME, "x", 1, 0, 1, 1, line: "x = 1"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = 1"),
            T(NUMBER, "1", 1, 4, 1, 5, line: "x = 1"),
            T(NEWLINE, "", 1, 5, 1, 6, line: ""),
            T(ENDMARKER, "", 2, 0, 2, 0, line: ""));
    }

    // EmptySourceIsJustEndmarker
    [Fact]
    public void EmptySourceIsJustEndmarker()
    {
        AssertTokens("",
            T(ENDMARKER, "", 1, 0, 1, 0));
    }

    // CommentsAndBlankLines
    [Fact]
    public void CommentsAndBlankLines()
    {
        AssertTokens("# head\n\nx  # tail\n   \n",
            T(COMMENT, "# head", 1, 0, 1, 6, line: "# head\n"),
            T(NL, "\n", 1, 6, 1, 7, line: "# head\n"),
            T(NL, "\n", 2, 0, 2, 1, line: "\n"),
            T(NAME, "x", 3, 0, 3, 1, line: "x  # tail\n"),
            T(COMMENT, "# tail", 3, 3, 3, 9, line: "x  # tail\n"),
            T(NEWLINE, "\n", 3, 9, 3, 10, line: "x  # tail\n"),
            T(NL, "\n", 4, 3, 4, 4, line: "   \n"),
            T(ENDMARKER, "", 5, 0, 5, 0, line: ""));
    }

    // CommentOnlyLastLineGetsNoImplicitNewline
    [Fact]
    public void CommentOnlyLastLineGetsNoImplicitNewline()
    {
        AssertTokens("x\n# end",
            T(NAME, "x", 1, 0, 1, 1, line: "x\n"),
            T(NEWLINE, "\n", 1, 1, 1, 2, line: "x\n"),
            T(COMMENT, "# end", 2, 0, 2, 5, line: "# end"),
            T(NL, "", 2, 5, 2, 5, line: "# end"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // WhitespaceOnlyLastLineStopsTokenizing
    [Fact]
    public void WhitespaceOnlyLastLineStopsTokenizing()
    {
        AssertTokens("if x:\n  y\n   ",
            T(NAME, "if", 1, 0, 1, 2),
            T(NAME, "x", 1, 3, 1, 4),
            T(OP, COLON, ":", 1, 4, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(INDENT, "  ", 2, 0, 2, 2),
            T(NAME, "y", 2, 2, 2, 3),
            T(NEWLINE, "\n", 2, 3, 2, 4),
            T(DEDENT, "", 3, 0, 3, 0),
            T(ENDMARKER, "", 3, 0, 3, 0));
    }

    // IndentAndDedent
    [Fact]
    public void IndentAndDedent()
    {
        AssertTokens("if a:\n    b\n    if c:\n        d\ne\n",
            T(NAME, "if", 1, 0, 1, 2, line: "if a:\n"),
            T(NAME, "a", 1, 3, 1, 4, line: "if a:\n"),
            T(OP, COLON, ":", 1, 4, 1, 5, line: "if a:\n"),
            T(NEWLINE, "\n", 1, 5, 1, 6, line: "if a:\n"),
            T(INDENT, "    ", 2, 0, 2, 4, line: "    b\n"),
            T(NAME, "b", 2, 4, 2, 5, line: "    b\n"),
            T(NEWLINE, "\n", 2, 5, 2, 6, line: "    b\n"),
            T(NAME, "if", 3, 4, 3, 6, line: "    if c:\n"),
            T(NAME, "c", 3, 7, 3, 8, line: "    if c:\n"),
            T(OP, COLON, ":", 3, 8, 3, 9, line: "    if c:\n"),
            T(NEWLINE, "\n", 3, 9, 3, 10, line: "    if c:\n"),
            T(INDENT, "        ", 4, 0, 4, 8, line: "        d\n"),
            T(NAME, "d", 4, 8, 4, 9, line: "        d\n"),
            T(NEWLINE, "\n", 4, 9, 4, 10, line: "        d\n"),
            T(DEDENT, "", 5, 0, 5, 0, line: "e\n"),
            T(DEDENT, "", 5, 0, 5, 0, line: "e\n"),
            T(NAME, "e", 5, 0, 5, 1, line: "e\n"),
            T(NEWLINE, "\n", 5, 1, 5, 2, line: "e\n"),
            T(ENDMARKER, "", 6, 0, 6, 0, line: ""));
    }

    // TabsIndentToMultiplesOfEight
    [Fact]
    public void TabsIndentToMultiplesOfEight()
    {
        AssertTokens("if a:\n\tb\n        c\n",
            T(NAME, "if", 1, 0, 1, 2),
            T(NAME, "a", 1, 3, 1, 4),
            T(OP, COLON, ":", 1, 4, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(INDENT, "\t", 2, 0, 2, 1),
            T(NAME, "b", 2, 1, 2, 2),
            T(NEWLINE, "\n", 2, 2, 2, 3),
            T(NAME, "c", 3, 8, 3, 9),
            T(NEWLINE, "\n", 3, 9, 3, 10),
            T(DEDENT, "", 4, 0, 4, 0),
            T(ENDMARKER, "", 4, 0, 4, 0));
    }

    // FormFeedResetsIndentColumn
    [Fact]
    public void FormFeedResetsIndentColumn()
    {
        AssertTokens("if a:\n  b\n  \fc\n",
            T(NAME, "if", 1, 0, 1, 2),
            T(NAME, "a", 1, 3, 1, 4),
            T(OP, COLON, ":", 1, 4, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(INDENT, "  ", 2, 0, 2, 2),
            T(NAME, "b", 2, 2, 2, 3),
            T(NEWLINE, "\n", 2, 3, 2, 4),
            T(DEDENT, "", 3, 3, 3, 3),
            T(NAME, "c", 3, 3, 3, 4),
            T(NEWLINE, "\n", 3, 4, 3, 5),
            T(ENDMARKER, "", 4, 0, 4, 0));
    }

    // DedentsAtEndOfFile
    [Fact]
    public void DedentsAtEndOfFile()
    {
        AssertTokens("def f():\n    return 1",
            T(NAME, "def", 1, 0, 1, 3),
            T(NAME, "f", 1, 4, 1, 5),
            T(OP, LPAR, "(", 1, 5, 1, 6),
            T(OP, RPAR, ")", 1, 6, 1, 7),
            T(OP, COLON, ":", 1, 7, 1, 8),
            T(NEWLINE, "\n", 1, 8, 1, 9),
            T(INDENT, "    ", 2, 0, 2, 4),
            T(NAME, "return", 2, 4, 2, 10),
            T(NUMBER, "1", 2, 11, 2, 12),
            T(NEWLINE, "", 2, 12, 2, 13),
            T(DEDENT, "", 3, 0, 3, 0),
            T(ENDMARKER, "", 3, 0, 3, 0));
    }

    // AllOperatorsHaveExactTypes
    [Fact]
    public void AllOperatorsHaveExactTypes()
    {
        AssertTokens("!= % %= & &= ( ) * ** **= *= + += , - -= -> . ... / // //= /= : := ; < << <<= <= = == > >= >> >>= @ @= [ ] ^ ^= { | |= } ~\n",
            T(OP, NOTEQUAL, "!=", 1, 0, 1, 2),
            T(OP, PERCENT, "%", 1, 3, 1, 4),
            T(OP, PERCENTEQUAL, "%=", 1, 5, 1, 7),
            T(OP, AMPER, "&", 1, 8, 1, 9),
            T(OP, AMPEREQUAL, "&=", 1, 10, 1, 12),
            T(OP, LPAR, "(", 1, 13, 1, 14),
            T(OP, RPAR, ")", 1, 15, 1, 16),
            T(OP, STAR, "*", 1, 17, 1, 18),
            T(OP, DOUBLESTAR, "**", 1, 19, 1, 21),
            T(OP, DOUBLESTAREQUAL, "**=", 1, 22, 1, 25),
            T(OP, STAREQUAL, "*=", 1, 26, 1, 28),
            T(OP, PLUS, "+", 1, 29, 1, 30),
            T(OP, PLUSEQUAL, "+=", 1, 31, 1, 33),
            T(OP, COMMA, ",", 1, 34, 1, 35),
            T(OP, MINUS, "-", 1, 36, 1, 37),
            T(OP, MINEQUAL, "-=", 1, 38, 1, 40),
            T(OP, RARROW, "->", 1, 41, 1, 43),
            T(OP, DOT, ".", 1, 44, 1, 45),
            T(OP, ELLIPSIS, "...", 1, 46, 1, 49),
            T(OP, SLASH, "/", 1, 50, 1, 51),
            T(OP, DOUBLESLASH, "//", 1, 52, 1, 54),
            T(OP, DOUBLESLASHEQUAL, "//=", 1, 55, 1, 58),
            T(OP, SLASHEQUAL, "/=", 1, 59, 1, 61),
            T(OP, COLON, ":", 1, 62, 1, 63),
            T(OP, COLONEQUAL, ":=", 1, 64, 1, 66),
            T(OP, SEMI, ";", 1, 67, 1, 68),
            T(OP, LESS, "<", 1, 69, 1, 70),
            T(OP, LEFTSHIFT, "<<", 1, 71, 1, 73),
            T(OP, LEFTSHIFTEQUAL, "<<=", 1, 74, 1, 77),
            T(OP, LESSEQUAL, "<=", 1, 78, 1, 80),
            T(OP, EQUAL, "=", 1, 81, 1, 82),
            T(OP, EQEQUAL, "==", 1, 83, 1, 85),
            T(OP, GREATER, ">", 1, 86, 1, 87),
            T(OP, GREATEREQUAL, ">=", 1, 88, 1, 90),
            T(OP, RIGHTSHIFT, ">>", 1, 91, 1, 93),
            T(OP, RIGHTSHIFTEQUAL, ">>=", 1, 94, 1, 97),
            T(OP, AT, "@", 1, 98, 1, 99),
            T(OP, ATEQUAL, "@=", 1, 100, 1, 102),
            T(OP, LSQB, "[", 1, 103, 1, 104),
            T(OP, RSQB, "]", 1, 105, 1, 106),
            T(OP, CIRCUMFLEX, "^", 1, 107, 1, 108),
            T(OP, CIRCUMFLEXEQUAL, "^=", 1, 109, 1, 111),
            T(OP, LBRACE, "{", 1, 112, 1, 113),
            T(OP, VBAR, "|", 1, 114, 1, 115),
            T(OP, VBAREQUAL, "|=", 1, 116, 1, 118),
            T(OP, RBRACE, "}", 1, 119, 1, 120),
            T(OP, TILDE, "~", 1, 121, 1, 122),
            T(NEWLINE, "\n", 1, 122, 1, 123),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // LongestOperatorWins
    [Fact]
    public void LongestOperatorWins()
    {
        AssertTokens("a**=b//c..d<<=e->f\n",
            T(NAME, "a", 1, 0, 1, 1),
            T(OP, DOUBLESTAREQUAL, "**=", 1, 1, 1, 4),
            T(NAME, "b", 1, 4, 1, 5),
            T(OP, DOUBLESLASH, "//", 1, 5, 1, 7),
            T(NAME, "c", 1, 7, 1, 8),
            T(OP, DOT, ".", 1, 8, 1, 9),
            T(OP, DOT, ".", 1, 9, 1, 10),
            T(NAME, "d", 1, 10, 1, 11),
            T(OP, LEFTSHIFTEQUAL, "<<=", 1, 11, 1, 14),
            T(NAME, "e", 1, 14, 1, 15),
            T(OP, RARROW, "->", 1, 15, 1, 17),
            T(NAME, "f", 1, 17, 1, 18),
            T(NEWLINE, "\n", 1, 18, 1, 19),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // IntegerLiterals
    [Fact]
    public void IntegerLiterals()
    {
        AssertTokens("0 00 0_0 123 1_000 0x1F 0X_ff 0o17 0O7 0b101 0B_1\n",
            T(NUMBER, "0", 1, 0, 1, 1),
            T(NUMBER, "00", 1, 2, 1, 4),
            T(NUMBER, "0_0", 1, 5, 1, 8),
            T(NUMBER, "123", 1, 9, 1, 12),
            T(NUMBER, "1_000", 1, 13, 1, 18),
            T(NUMBER, "0x1F", 1, 19, 1, 23),
            T(NUMBER, "0X_ff", 1, 24, 1, 29),
            T(NUMBER, "0o17", 1, 30, 1, 34),
            T(NUMBER, "0O7", 1, 35, 1, 38),
            T(NUMBER, "0b101", 1, 39, 1, 44),
            T(NUMBER, "0B_1", 1, 45, 1, 49),
            T(NEWLINE, "\n", 1, 49, 1, 50),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // FloatAndImaginaryLiterals
    [Fact]
    public void FloatAndImaginaryLiterals()
    {
        AssertTokens("1. 1.5 .5 1e5 1E-5 1.5e+3 1_0.0_1 1j 1.5J .5j 1e5j 09.5 09j\n",
            T(NUMBER, "1.", 1, 0, 1, 2),
            T(NUMBER, "1.5", 1, 3, 1, 6),
            T(NUMBER, ".5", 1, 7, 1, 9),
            T(NUMBER, "1e5", 1, 10, 1, 13),
            T(NUMBER, "1E-5", 1, 14, 1, 18),
            T(NUMBER, "1.5e+3", 1, 19, 1, 25),
            T(NUMBER, "1_0.0_1", 1, 26, 1, 33),
            T(NUMBER, "1j", 1, 34, 1, 36),
            T(NUMBER, "1.5J", 1, 37, 1, 41),
            T(NUMBER, ".5j", 1, 42, 1, 45),
            T(NUMBER, "1e5j", 1, 46, 1, 50),
            T(NUMBER, "09.5", 1, 51, 1, 55),
            T(NUMBER, "09j", 1, 56, 1, 59),
            T(NEWLINE, "\n", 1, 59, 1, 60),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // NumbersFollowRegexAlternationNotValidity
    [Fact]
    public void NumbersFollowRegexAlternationNotValidity()
    {
        AssertTokens("0777 1__0 1e 0x 0b102 1_ 1.e 1.5ej\n",
            T(NUMBER, "0", 1, 0, 1, 1),
            T(NUMBER, "777", 1, 1, 1, 4),
            T(NUMBER, "1", 1, 5, 1, 6),
            T(NAME, "__0", 1, 6, 1, 9),
            T(NUMBER, "1", 1, 10, 1, 11),
            T(NAME, "e", 1, 11, 1, 12),
            T(NUMBER, "0", 1, 13, 1, 14),
            T(NAME, "x", 1, 14, 1, 15),
            T(NUMBER, "0b10", 1, 16, 1, 20),
            T(NUMBER, "2", 1, 20, 1, 21),
            T(NUMBER, "1", 1, 22, 1, 23),
            T(NAME, "_", 1, 23, 1, 24),
            T(NUMBER, "1.", 1, 25, 1, 27),
            T(NAME, "e", 1, 27, 1, 28),
            T(NUMBER, "1.5", 1, 29, 1, 32),
            T(NAME, "ej", 1, 32, 1, 34),
            T(NEWLINE, "\n", 1, 34, 1, 35),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // StringPrefixesInAnyCase
    [Fact]
    public void StringPrefixesInAnyCase()
    {
        AssertTokens("b'a' R'b' u\"c\" F\"{d}\" rb'e' Br'f' bR\"g\" fr'h' Rf'i' fR'j'\n",
            T(STRING, "b'a'", 1, 0, 1, 4),
            T(STRING, "R'b'", 1, 5, 1, 9),
            T(STRING, "u\"c\"", 1, 10, 1, 14),
            T(STRING, "F\"{d}\"", 1, 15, 1, 21),
            T(STRING, "rb'e'", 1, 22, 1, 27),
            T(STRING, "Br'f'", 1, 28, 1, 33),
            T(STRING, "bR\"g\"", 1, 34, 1, 39),
            T(STRING, "fr'h'", 1, 40, 1, 45),
            T(STRING, "Rf'i'", 1, 46, 1, 51),
            T(STRING, "fR'j'", 1, 52, 1, 57),
            T(NEWLINE, "\n", 1, 57, 1, 58),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // InvalidPrefixIsANameThenAString
    [Fact]
    public void InvalidPrefixIsANameThenAString()
    {
        AssertTokens("bu'a' ur'b' fb'c'\n",
            T(NAME, "bu", 1, 0, 1, 2),
            T(STRING, "'a'", 1, 2, 1, 5),
            T(NAME, "ur", 1, 6, 1, 8),
            T(STRING, "'b'", 1, 8, 1, 11),
            T(NAME, "fb", 1, 12, 1, 14),
            T(STRING, "'c'", 1, 14, 1, 17),
            T(NEWLINE, "\n", 1, 17, 1, 18),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // FStringIsOneStringToken
    [Fact]
    public void FStringIsOneStringToken()
    {
        AssertTokens("f'{x!r:>{w}}' f\"{'nested'}\"\n",
            T(STRING, "f'{x!r:>{w}}'", 1, 0, 1, 13),
            T(STRING, "f\"{'nested'}\"", 1, 14, 1, 27),
            T(NEWLINE, "\n", 1, 27, 1, 28),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // TripleQuotedStringSpanningLines
    [Fact]
    public void TripleQuotedStringSpanningLines()
    {
        AssertTokens("x = '''a\nb''' + y\n",
            T(NAME, "x", 1, 0, 1, 1, line: "x = '''a\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = '''a\n"),
            T(STRING, "'''a\nb'''", 1, 4, 2, 4, line: "x = '''a\nb''' + y\n"),
            T(OP, PLUS, "+", 2, 5, 2, 6, line: "b''' + y\n"),
            T(NAME, "y", 2, 7, 2, 8, line: "b''' + y\n"),
            T(NEWLINE, "\n", 2, 8, 2, 9, line: "b''' + y\n"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // EmptyAndAdjacentQuotes
    [Fact]
    public void EmptyAndAdjacentQuotes()
    {
        AssertTokens("'' \"\" '''''' ''''''''\n",
            T(STRING, "''", 1, 0, 1, 2),
            T(STRING, "\"\"", 1, 3, 1, 5),
            T(STRING, "''''''", 1, 6, 1, 12),
            T(STRING, "''''''", 1, 13, 1, 19),
            T(STRING, "''", 1, 19, 1, 21),
            T(NEWLINE, "\n", 1, 21, 1, 22),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // SingleQuotedStringContinuedWithBackslash
    [Fact]
    public void SingleQuotedStringContinuedWithBackslash()
    {
        AssertTokens("s = 'a\\\nb' ; t\n",
            T(NAME, "s", 1, 0, 1, 1, line: "s = 'a\\\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "s = 'a\\\n"),
            T(STRING, "'a\\\nb'", 1, 4, 2, 2, line: "s = 'a\\\nb' ; t\n"),
            T(OP, SEMI, ";", 2, 3, 2, 4, line: "b' ; t\n"),
            T(NAME, "t", 2, 5, 2, 6, line: "b' ; t\n"),
            T(NEWLINE, "\n", 2, 6, 2, 7, line: "b' ; t\n"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // BackslashContinuationLine
    [Fact]
    public void BackslashContinuationLine()
    {
        AssertTokens("x = 1 + \\\n    2\n",
            T(NAME, "x", 1, 0, 1, 1, line: "x = 1 + \\\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = 1 + \\\n"),
            T(NUMBER, "1", 1, 4, 1, 5, line: "x = 1 + \\\n"),
            T(OP, PLUS, "+", 1, 6, 1, 7, line: "x = 1 + \\\n"),
            T(NUMBER, "2", 2, 4, 2, 5, line: "    2\n"),
            T(NEWLINE, "\n", 2, 5, 2, 6, line: "    2\n"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // ParenthesesMakeNlNotNewline
    [Fact]
    public void ParenthesesMakeNlNotNewline()
    {
        AssertTokens("f(a,\n  b)\n",
            T(NAME, "f", 1, 0, 1, 1),
            T(OP, LPAR, "(", 1, 1, 1, 2),
            T(NAME, "a", 1, 2, 1, 3),
            T(OP, COMMA, ",", 1, 3, 1, 4),
            T(NL, "\n", 1, 4, 1, 5),
            T(NAME, "b", 2, 2, 2, 3),
            T(OP, RPAR, ")", 2, 3, 2, 4),
            T(NEWLINE, "\n", 2, 4, 2, 5),
            T(ENDMARKER, "", 3, 0, 3, 0));
    }

    // LoneDollarAndQuestionAreErrortokens
    [Fact]
    public void LoneDollarAndQuestionAreErrortokens()
    {
        AssertTokens("a $b ?\n",
            T(NAME, "a", 1, 0, 1, 1),
            T(ERRORTOKEN, " ", 1, 1, 1, 2),
            T(ERRORTOKEN, "$", 1, 2, 1, 3),
            T(NAME, "b", 1, 3, 1, 4),
            T(ERRORTOKEN, " ", 1, 4, 1, 5),
            T(ERRORTOKEN, "?", 1, 5, 1, 6),
            T(NEWLINE, "\n", 1, 6, 1, 7),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // UnterminatedSingleQuoteStartIsErrortoken
    [Fact]
    public void UnterminatedSingleQuoteStartIsErrortoken()
    {
        AssertTokens("x = 'abc\ny\n",
            T(NAME, "x", 1, 0, 1, 1, line: "x = 'abc\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = 'abc\n"),
            T(ERRORTOKEN, " ", 1, 3, 1, 4, line: "x = 'abc\n"),
            T(ERRORTOKEN, "'", 1, 4, 1, 5, line: "x = 'abc\n"),
            T(NAME, "abc", 1, 5, 1, 8, line: "x = 'abc\n"),
            T(NEWLINE, "\n", 1, 8, 1, 9, line: "x = 'abc\n"),
            T(NAME, "y", 2, 0, 2, 1, line: "y\n"),
            T(NEWLINE, "\n", 2, 1, 2, 2, line: "y\n"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // UnterminatedPrefixedStringIsNameThenErrortoken
    [Fact]
    public void UnterminatedPrefixedStringIsNameThenErrortoken()
    {
        AssertTokens("rb\"abc\n",
            T(NAME, "rb", 1, 0, 1, 2),
            T(ERRORTOKEN, "\"", 1, 2, 1, 3),
            T(NAME, "abc", 1, 3, 1, 6),
            T(NEWLINE, "\n", 1, 6, 1, 7),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // BackslashNotBeforeNewlineIsErrortoken
    [Fact]
    public void BackslashNotBeforeNewlineIsErrortoken()
    {
        AssertTokens("a \\ b\n",
            T(NAME, "a", 1, 0, 1, 1),
            T(ERRORTOKEN, " ", 1, 1, 1, 2),
            T(ERRORTOKEN, "\\", 1, 2, 1, 3),
            T(NAME, "b", 1, 4, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // UnterminatedContinuedStringIsOneErrortoken
    [Fact]
    public void UnterminatedContinuedStringIsOneErrortoken()
    {
        AssertTokens("s = 'a\\\nb\nc\n",
            T(NAME, "s", 1, 0, 1, 1, line: "s = 'a\\\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "s = 'a\\\n"),
            T(ERRORTOKEN, "'a\\\nb\n", 1, 4, 2, 2, line: "s = 'a\\\n"),
            T(NAME, "c", 3, 0, 3, 1, line: "c\n"),
            T(NEWLINE, "\n", 3, 1, 3, 2, line: "c\n"),
            T(ENDMARKER, "", 4, 0, 4, 0, line: ""));
    }

    // NeedcontSurvivesAndBreaksALaterTripleQuotedString
    [Fact]
    public void NeedcontSurvivesAndBreaksALaterTripleQuotedString()
    {
        AssertError("s = 'a\\\nb\nt = '''x\nmid\ny'''\n", "TokenError", "EOF in multi-line string", 5, 1);
    }

    // CrLfLineEndings
    [Fact]
    public void CrLfLineEndings()
    {
        AssertTokens("x = 1\r\n\r\n# c\r\ny\r\n",
            T(NAME, "x", 1, 0, 1, 1, line: "x = 1\r\n"),
            T(OP, EQUAL, "=", 1, 2, 1, 3, line: "x = 1\r\n"),
            T(NUMBER, "1", 1, 4, 1, 5, line: "x = 1\r\n"),
            T(NEWLINE, "\r\n", 1, 5, 1, 7, line: "x = 1\r\n"),
            T(NL, "\r\n", 2, 0, 2, 2, line: "\r\n"),
            T(COMMENT, "# c", 3, 0, 3, 3, line: "# c\r\n"),
            T(NL, "\r\n", 3, 3, 3, 5, line: "# c\r\n"),
            T(NAME, "y", 4, 0, 4, 1, line: "y\r\n"),
            T(NEWLINE, "\r\n", 4, 1, 4, 3, line: "y\r\n"),
            T(ENDMARKER, "", 5, 0, 5, 0, line: ""));
    }

    // LoneCrIsNotALineEnd
    [Fact]
    public void LoneCrIsNotALineEnd()
    {
        AssertTokens("a\rb\n\r\n  \rc\n",
            T(NAME, "a", 1, 0, 1, 1, line: "a\rb\n"),
            T(ERRORTOKEN, "\r", 1, 1, 1, 2, line: "a\rb\n"),
            T(NAME, "b", 1, 2, 1, 3, line: "a\rb\n"),
            T(NEWLINE, "\n", 1, 3, 1, 4, line: "a\rb\n"),
            T(NL, "\r\n", 2, 0, 2, 2, line: "\r\n"),
            T(NL, "\rc\n", 3, 2, 3, 5, line: "  \rc\n"),
            T(ENDMARKER, "", 4, 0, 4, 0, line: ""));
    }

    // NonAsciiIdentifiers
    [Fact]
    public void NonAsciiIdentifiers()
    {
        AssertTokens("café = π² + กข\n",
            T(NAME, "café", 1, 0, 1, 4),
            T(OP, EQUAL, "=", 1, 5, 1, 6),
            T(NAME, "π²", 1, 7, 1, 9),
            T(OP, PLUS, "+", 1, 10, 1, 11),
            T(NAME, "กข", 1, 12, 1, 14),
            T(NEWLINE, "\n", 1, 14, 1, 15),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // WordRunsThatAreNotIdentifiersAreOp
    [Fact]
    public void WordRunsThatAreNotIdentifiersAreOp()
    {
        AssertTokens("١٢ ²x\n",
            T(OP, "١٢", 1, 0, 1, 2),
            T(OP, "²x", 1, 3, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // AstralCharactersCountAsOneColumn
    [Fact]
    public void AstralCharactersCountAsOneColumn()
    {
        AssertTokens("\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n\U0001F600\n",
            T(NAME, "\U0001D518\U0001D52B", 1, 0, 1, 2, line: "\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n"),
            T(OP, EQUAL, "=", 1, 3, 1, 4, line: "\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n"),
            T(STRING, "'\U0001F600'", 1, 5, 1, 8, line: "\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n"),
            T(COMMENT, "# \U0001F600", 1, 9, 1, 12, line: "\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n"),
            T(NEWLINE, "\n", 1, 12, 1, 13, line: "\U0001D518\U0001D52B = '\U0001F600' # \U0001F600\n"),
            T(ERRORTOKEN, "\U0001F600", 2, 0, 2, 1, line: "\U0001F600\n"),
            T(NEWLINE, "\n", 2, 1, 2, 2, line: "\U0001F600\n"),
            T(ENDMARKER, "", 3, 0, 3, 0, line: ""));
    }

    // NulAndControlCharactersAreErrortokens
    [Fact]
    public void NulAndControlCharactersAreErrortokens()
    {
        AssertTokens("a\0b\u000bc\n",
            T(NAME, "a", 1, 0, 1, 1),
            T(ERRORTOKEN, "\0", 1, 1, 1, 2),
            T(NAME, "b", 1, 2, 1, 3),
            T(ERRORTOKEN, "\u000b", 1, 3, 1, 4),
            T(NAME, "c", 1, 4, 1, 5),
            T(NEWLINE, "\n", 1, 5, 1, 6),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // CommentLineKeepsInnerCrButStripsTrailing
    [Fact]
    public void CommentLineKeepsInnerCrButStripsTrailing()
    {
        AssertTokens("# a\rb\r\r\n",
            T(COMMENT, "# a\rb", 1, 0, 1, 5),
            T(NL, "\r\r\n", 1, 5, 1, 8),
            T(ENDMARKER, "", 2, 0, 2, 0));
    }

    // ClosingBracketAtTopLevelMakesLaterLinesContinued
    [Fact]
    public void ClosingBracketAtTopLevelMakesLaterLinesContinued()
    {
        AssertError(")\nx\n    y\n", "TokenError", "EOF in multi-line statement", 4, 0);
    }

    // EofInMultiLineString
    [Fact]
    public void EofInMultiLineString()
    {
        AssertError("x = 1\ns = '''abc\n\ndef\n", "TokenError", "EOF in multi-line string", 2, 4);
    }

    // EofInMultiLineStatement
    [Fact]
    public void EofInMultiLineStatement()
    {
        AssertError("x = (1,\n     2,\n", "TokenError", "EOF in multi-line statement", 3, 0);
    }

    // EofAfterBackslashContinuation
    [Fact]
    public void EofAfterBackslashContinuation()
    {
        AssertError("x = 1 + \\\n", "TokenError", "EOF in multi-line statement", 2, 0);
    }

    // EofInMultiLineStatementAfterStrayCloser
    [Fact]
    public void EofInMultiLineStatementAfterStrayCloser()
    {
        AssertError("x)\n", "TokenError", "EOF in multi-line statement", 2, 0);
    }

    // UnindentDoesNotMatch
    [Fact]
    public void UnindentDoesNotMatch()
    {
        AssertError("if a:\n        b\n    c\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
    }

    // UnindentWithTabsDoesNotMatch
    [Fact]
    public void UnindentWithTabsDoesNotMatch()
    {
        AssertError("if a:\n\tb\n    c\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
    }

    // ---------------------------------------------------------------- helpers

    private sealed record Expected(TokenType Type, TokenType ExactType, string String, int StartRow, int StartCol, int EndRow, int EndCol, string? Line);

    private static Expected T(TokenType type, string text, int sr, int sc, int er, int ec, string? line = null) =>
        new(type, type, text, sr, sc, er, ec, line);

    private static Expected T(TokenType type, TokenType exact, string text, int sr, int sc, int er, int ec, string? line = null) =>
        new(type, exact, text, sr, sc, er, ec, line);

    private static string Show(TokenType type, TokenType exact, string text, int sr, int sc, int er, int ec, string? line) =>
        $"{type} {exact} {Escape(text)} ({sr},{sc})-({er},{ec})" + (line is null ? "" : " line=" + Escape(line));

    private static string Escape(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\f", "\\f") + "\"";

    private static void AssertTokens(string source, params Expected[] expected)
    {
        var result = PythonTokenizer.Tokenize(source);
        Assert.Null(result.Error);
        var want = expected.Select(e => Show(e.Type, e.ExactType, e.String, e.StartRow, e.StartCol, e.EndRow, e.EndCol, e.Line));
        var got = result.Tokens.Select((t, i) => Show(t.Type, t.ExactType, t.String, t.Start.Row, t.Start.Col, t.End.Row, t.End.Col,
            i < expected.Length && expected[i].Line is not null ? t.Line : null));
        Assert.Equal(string.Join("\n", want), string.Join("\n", got));
    }

    private static void AssertError(string source, string type, string msg, int lineno, int offset)
    {
        var result = PythonTokenizer.Tokenize(source);
        Assert.NotNull(result.Error);
        Assert.Equal(new Engine.Diagnostics.SourceError(type, msg, lineno, offset, null, null), result.Error);
        Assert.Empty(result.Tokens);
    }
}
