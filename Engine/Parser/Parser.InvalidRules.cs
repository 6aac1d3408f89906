using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

// The invalid_* rules of python.gram that need more than the grammar's own path to recognise: they
// run only on the second pass (_callInvalidRules), after the first one failed, so valid programs
// never pay for them. Each method names the rule it mirrors.
internal sealed partial class Parser
{
    private int[]? _levels;

    /// <summary>
    /// The places where a rule below already ran without finding its error. Like pegen's memo on
    /// invalid_named_expression, it keeps nested brackets from re-running the same check over and
    /// over (each check re-reads its subtree, so unremembered checks would cost 2^depth).
    /// </summary>
    private HashSet<(string Rule, int Index)>? _checked;

    /// <summary>True the first time <paramref name="rule"/> is asked about token <paramref name="index"/>.</summary>
    private bool FirstCheck(string rule, int index) => (_checked ??= new()).Add((rule, index));

    /// <summary>The bracket nesting of a token, as the C tokenizer's tok->level stood after reading it.</summary>
    private int LevelOf(int index)
    {
        if (_levels is null)
        {
            _levels = new int[_toks.Count];
            int level = 0;
            for (int i = 0; i < _toks.Count; i++)
            {
                switch (_toks[i].Type)
                {
                    case TokenType.LPAR or TokenType.LSQB or TokenType.LBRACE: level++; break;
                    case TokenType.RPAR or TokenType.RSQB or TokenType.RBRACE: level = Math.Max(level - 1, 0); break;
                }
                _levels[i] = level;
            }
        }
        return _levels[Math.Clamp(index, 0, _levels.Length - 1)];
    }

    /// <summary>pegen's SOFT_KEYWORD (_PyPegen_soft_keyword_token): 3.11 compares with strncmp over the NAME's
    /// length, so any prefix of "match", "case" or "_" matches ('m', 'ca', ...), which keeps such a name from
    /// "Perhaps you forgot a comma?".</summary>
    private static bool IsSoftKeyword(ParserToken t) =>
        t.Type == TokenType.NAME && t.Text.Length > 0 && ("match".StartsWith(t.Text, StringComparison.Ordinal)
            || "case".StartsWith(t.Text, StringComparison.Ordinal) || t.Text == "_");

    /// <summary>
    /// The second-pass alternatives at the head of the expression rule, after its disjunction
    /// <paramref name="a"/> was read from <paramref name="startIndex"/>: invalid_expression (a missing
    /// comma inside brackets), then invalid_legacy_expression.
    /// </summary>
    private void InvalidExpression(int startIndex, Expr a)
    {
        MissingComma(startIndex, a);
        var start = _toks[startIndex];
        if (start.Type == TokenType.NAME && !Keywords.Contains(start.Text)) InvalidLegacyExpression(startIndex);
    }

    /// <summary>
    /// invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid —
    /// inside brackets, two expressions in a row are "invalid syntax. Perhaps you forgot a comma?".
    /// </summary>
    private void MissingComma(int startIndex, Expr a)
    {
        var start = _toks[startIndex];
        if (!StartsExpression() || IsSoftKeyword(start)) return;
        if (start.Type == TokenType.NAME && startIndex + 1 < _toks.Count && _toks[startIndex + 1].Type == TokenType.STRING) return;
        if (a is Name { Id: "print" or "exec" }) return; // _PyPegen_check_legacy_stmt
        if (!FirstCheck(nameof(MissingComma), _p)) return;
        int mark = _p;
        _callInvalidRules = false;
        Expr? b;
        try
        {
            b = Try(Expression);
        }
        finally
        {
            _callInvalidRules = true;
        }
        if (b is not null && LevelOf(_p - 1) > 0)
            throw ErrorRange(start, LastToken, "invalid syntax. Perhaps you forgot a comma?");
        _p = mark;
    }

    /// <summary>
    /// invalid_legacy_expression: a=NAME !'(' b=star_expressions, "Missing parentheses" for Python 2's
    /// print and exec. pegen reads b before it looks at the name, so the expressions after any name
    /// are read, with the second pass's rules, and may hold an error of their own.
    /// </summary>
    private void InvalidLegacyExpression(int nameIndex)
    {
        int after = nameIndex + 1;
        if (after >= _toks.Count || _toks[after].Type == TokenType.LPAR || !FirstCheck(nameof(InvalidLegacyExpression), after)) return;
        int mark = _p;
        _p = after;
        var name = _toks[nameIndex];
        if (StartsExpression() && Try(StarExpressions) is not null && name.Text is "print" or "exec")
            throw ErrorRange(name, LastToken, $"Missing parentheses in call to '{name.Text}'. Did you mean {name.Text}(...)?");
        _p = mark;
    }

    /// <summary>
    /// invalid_named_expression, where '=' follows what looked like a named expression:
    /// NAME '=' bitwise_or is a mistyped comparison or walrus; any other bitwise_or '=' bitwise_or
    /// (not starting with a list, tuple, genexp, True, None or False) a mistyped comparison.
    /// </summary>
    private void InvalidNamedExpression(int startIndex)
    {
        if (!FirstCheck(nameof(InvalidNamedExpression), startIndex)) return;
        int mark = _p;
        _p = startIndex;
        if (AtName && PeekAt(1).Type == TokenType.EQUAL)
        {
            var name = Advance();
            Advance();
            if (Try(BitwiseOr) is not null && !At(TokenType.EQUAL) && !At(TokenType.COLONEQUAL))
                throw ErrorRange(name, LastToken, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            _p = startIndex;
        }
        if (!StartsListTupleGenexpOrSingleton() && Try(BitwiseOr) is Expr target && Accept(TokenType.EQUAL)
            && Try(BitwiseOr) is not null && !At(TokenType.EQUAL) && !At(TokenType.COLONEQUAL))
            throw ErrorAt(target, $"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?");
        _p = mark;
    }

    /// <summary>The lookahead !(list|tuple|genexp|'True'|'None'|'False') of invalid_named_expression.</summary>
    private bool StartsListTupleGenexpOrSingleton()
    {
        if (AtKeyword("True") || AtKeyword("None") || AtKeyword("False")) return true;
        if (!At(TokenType.LSQB) && !At(TokenType.LPAR)) return false;
        int mark = _p;
        var atom = Try(Atom);
        bool parenthesized = _toks[mark].Type == TokenType.LPAR;
        _p = mark;
        return atom is List || (parenthesized && atom is Syntax.Tuple or GeneratorExp);
    }

    /// <summary>
    /// invalid_assignment's second alternative, star_named_expression ',' star_named_expressions*:
    /// the statement's first elements are read again as display elements, so that an element
    /// followed by '=' gets invalid_named_expression's "... here. Maybe you meant '=='" error.
    /// </summary>
    private void InvalidAssignmentElements(int startIndex)
    {
        int mark = _p;
        _p = startIndex;
        Try(() =>
        {
            StarNamedExpression();
            while (Accept(TokenType.COMMA) && StartsExpression()) StarNamedExpression();
            return this;
        });
        _p = mark;
    }

    /// <summary>
    /// invalid_parameters / invalid_lambda_parameters: param_no_default* '(' param_no_default+ ','? ')' —
    /// Python 2's tuple parameters. Called at a '(' where a parameter should start.
    /// </summary>
    private void InvalidParenthesizedParameters(bool lambda)
    {
        int mark = _p;
        var open = Advance();
        int names = 0;
        while (AtName)
        {
            Advance();
            names++;
            if (!lambda && At(TokenType.COLON))
            {
                Advance();
                if (Try(Expression) is null) break;
            }
            if (!Accept(TokenType.COMMA)) break;
        }
        if (names > 0 && At(TokenType.RPAR))
            throw ErrorRange(open, Cur, lambda
                ? "Lambda expression parameters cannot be parenthesized"
                : "Function parameters cannot be parenthesized");
        _p = mark;
    }

    /// <summary>invalid_del_stmt: 'del' star_expressions, where some part cannot be deleted.</summary>
    private Exception InvalidDelStatement(int targetsStart)
    {
        _p = targetsStart;
        if (Try(StarExpressions) is Expr e && InvalidTarget(e, ExprContext.Del) is Expr bad)
            return ErrorAt(bad, $"cannot delete {ExprName(bad)}");
        return InvalidSyntax();
    }

    /// <summary>
    /// invalid_for_target: 'for' star_expressions, when no target list and 'in' follow 'for':
    /// the "targets" read as expressions (which may find a missing comma) and the first part that
    /// cannot be assigned to is named. Called with the index of the token after 'for'.
    /// </summary>
    private void InvalidForTarget(int targetsStart)
    {
        if (!FirstCheck(nameof(InvalidForTarget), targetsStart)) return;
        int mark = _p;
        _p = targetsStart;
        if (Try(StarExpressions) is Expr e && InvalidTarget(e, ExprContext.Store) is Expr bad)
            throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
        _p = mark;
    }

    /// <summary>
    /// invalid_comprehension: ('[' | '{') a=star_named_expression ',' [star_named_expressions] for_if_clauses —
    /// a comprehension whose target is an unparenthesized tuple. <paramref name="last"/> is the last
    /// element, or null when the comma after the first one is the end of the range.
    /// </summary>
    private void InvalidComprehensionTarget(Expr first, Expr? last, ParserToken comma)
    {
        int mark = _p;
        if (Try(ForIfClauses) is { Count: > 0 })
            throw last is not null
                ? ErrorBetween(first, last, "did you forget parentheses around the comprehension target?")
                : new Engine.Diagnostics.SourceErrorException(ErrorBetween(first, first, "").Error with
                {
                    Msg = "did you forget parentheses around the comprehension target?",
                    EndLineno = comma.EndLineno,
                    EndOffset = comma.EndColCp + 1,
                });
        _p = mark;
    }

    private bool AtFor => AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for"));

    /// <summary>
    /// invalid_kvpair / invalid_double_starred_kvpairs, at a dict key just read: a missing ':' after a
    /// key that follows other pairs, a starred value, or a ':' with no value.
    /// </summary>
    private void InvalidKeyValuePair(Expr key, bool afterPairs)
    {
        if (!At(TokenType.COLON))
        {
            if (!afterPairs) return;
            // RAISE_ERROR_KNOWN_LOCATION(a->lineno, a->end_col_offset - 1, a->end_lineno, -1)
            int line = key.EndLineno ?? key.Lineno;
            int col = ByteColToCp(line, key.EndColOffset ?? key.ColOffset);
            throw new Engine.Diagnostics.SourceErrorException(new Engine.Diagnostics.SourceError(
                "SyntaxError", "':' expected after dictionary key", line, col, line, 0));
        }
        var colon = Cur;
        var next = PeekAt(1);
        if (next.Type == TokenType.STAR)
            throw ErrorAt(next, "cannot use a starred expression in a dictionary value");
        if (next.Type is TokenType.RBRACE or TokenType.COMMA)
            throw ErrorAt(colon, "expression expected after dictionary key and ':'");
    }

    /// <summary>
    /// A starred call argument followed by 'for': first in the call it is invalid_comprehension's
    /// "iterable unpacking cannot be used in comprehension" (the call's '(' reads as a genexp's);
    /// after other arguments, invalid_arguments' unparenthesized generator.
    /// </summary>
    private void InvalidStarredGenerator(Expr starred, bool first)
    {
        int mark = _p;
        if (Try(ForIfClauses) is not null)
            throw first
                ? ErrorAt(starred, "iterable unpacking cannot be used in comprehension")
                : ErrorBetween(starred, _lastComprehensionItem!, "Generator expression must be parenthesized");
        _p = mark;
    }

    /// <summary>
    /// invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses. Its starred_expression
    /// is '*' expression, so the element after the star is read as a whole expression, where a missing
    /// comma is found; the comprehension's own error is raised where the display is parsed. Called at
    /// the '*' after the bracket.
    /// </summary>
    private void InvalidStarredComprehension()
    {
        if (!FirstCheck(nameof(InvalidStarredComprehension), _p)) return;
        int mark = _p;
        Advance();
        Try(Expression);
        _p = mark;
    }

    /// <summary>invalid_named_expression: a=expression ':=' expression, where a is not a name. Called at the ':='.</summary>
    private void InvalidWalrusTarget(Expr target)
    {
        if (!_callInvalidRules) throw InvalidSyntax();
        int mark = _p;
        Advance();
        if (Try(Expression) is not null)
            throw ErrorAt(target, $"cannot use assignment expressions with {ExprName(target)}");
        _p = mark;
    }
}
