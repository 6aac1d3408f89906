using System.Text;
using Engine.Bytecode;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Compiler;

/// <summary>
/// Python/ast_unparse.c (_PyAST_ExprAsUnicode): an expression written back as source, the
/// string CPython stores for an annotation under <c>from __future__ import annotations</c>.
/// Its own layout, not ast.unparse's: the same precedence table, parentheses only where a
/// child's priority is below the level its parent asks for, constants by repr (infinities as
/// 1e309), f-strings re-assembled and then quoted by repr as one string.
/// </summary>
/// <remarks>
/// The C functions recurse; here each one only lays out its pieces (text, child expressions
/// at a level) as steps on an explicit stack, so no input can exhaust the thread's stack. An
/// f-string's body and a formatted value's expression are written into a buffer of their own
/// first (C's separate writers) because what surrounds them depends on their text.
/// </remarks>
internal static class Unparser
{
    // Priority levels, lowest first (ast_unparse.c's PR_* enum).
    private const int PR_TUPLE = 0;
    private const int PR_TEST = 1;     // 'if'-'else', 'lambda'
    private const int PR_OR = 2;
    private const int PR_AND = 3;
    private const int PR_NOT = 4;
    private const int PR_CMP = 5;      // comparisons, 'in', 'not in', 'is', 'is not'
    private const int PR_EXPR = 6;
    private const int PR_BOR = PR_EXPR;
    private const int PR_BXOR = 7;
    private const int PR_BAND = 8;
    private const int PR_SHIFT = 9;
    private const int PR_ARITH = 10;   // '+', '-'
    private const int PR_TERM = 11;    // '*', '@', '/', '%', '//'
    private const int PR_FACTOR = 12;  // unary '+', '-', '~'
    private const int PR_POWER = 13;
    private const int PR_AWAIT = 14;
    private const int PR_ATOM = 15;

    /// <summary>repr() of an infinite float holds "inf", which is no literal: CPython writes
    /// 1e(DBL_MAX_10_EXP + 1), which reads back as infinity.</summary>
    private const string ReplaceInf = "1e309";

    /// <summary>_PyAST_ExprAsUnicode: the expression at the level of an annotation (PR_TEST).</summary>
    public static string Unparse(Expr e) => new Writer().Run(e, PR_TEST);

    private enum StepKind
    {
        Text,            // Item: string
        Expr,            // Item: Expr, Level: the priority its parent asks for
        Constant,        // Item: PyConstant (append_ast_constant)
        Arg,             // Item: Arg
        Args,            // Item: Arguments
        Keyword,         // Item: Keyword
        Comprehension,   // Item: Comprehension
        FStringElement,  // Item: Expr, Level: 1 inside a format spec
        Begin,           // start writing into a buffer of its own
        EndFString,      // the buffer is an f-string's body: f + repr(body)
        EndFormatted,    // the buffer is a formatted value's expression: '{' or '{ ' before it
    }

    private readonly record struct Step(StepKind Kind, object? Item = null, int Level = 0);

    private sealed class Writer
    {
        private readonly Stack<Step> _steps = new();
        private readonly Stack<StringBuilder> _buffers = new();
        /// <summary>The steps one node lays out, in writing order; pushed reversed when it is done.</summary>
        private readonly List<Step> _laid = [];

        private StringBuilder Out => _buffers.Peek();

        public string Run(Expr e, int level)
        {
            _buffers.Push(new StringBuilder());
            _steps.Push(new Step(StepKind.Expr, e, level));
            while (_steps.Count > 0)
            {
                var step = _steps.Pop();
                switch (step.Kind)
                {
                    case StepKind.Text: Out.Append((string)step.Item!); continue;
                    case StepKind.Expr: AppendExpr((Expr)step.Item!, step.Level); break;
                    case StepKind.Constant: AppendConstant((PyConstant)step.Item!); break;
                    case StepKind.Arg: AppendArg((Arg)step.Item!); break;
                    case StepKind.Args: AppendArgs((Arguments)step.Item!); break;
                    case StepKind.Keyword: AppendKeyword((Keyword)step.Item!); break;
                    case StepKind.Comprehension: AppendComprehension((Comprehension)step.Item!); break;
                    case StepKind.FStringElement: AppendFStringElement((Expr)step.Item!, step.Level != 0); break;
                    case StepKind.Begin: _buffers.Push(new StringBuilder()); continue;
                    case StepKind.EndFString:
                    {
                        var body = _buffers.Pop().ToString();
                        Out.Append('f').Append(PyRepr.Str(body));
                        continue;
                    }
                    case StepKind.EndFormatted:
                    {
                        var value = _buffers.Pop().ToString();
                        // An expression that starts with a brace is set off from the outer one.
                        Out.Append(value.StartsWith('{') ? "{ " : "{").Append(value);
                        continue;
                    }
                }
                for (var i = _laid.Count - 1; i >= 0; i--) _steps.Push(_laid[i]);
                _laid.Clear();
            }
            return _buffers.Pop().ToString();
        }

        private void Str(string s) => _laid.Add(new Step(StepKind.Text, s));
        private void StrIf(bool condition, string s)
        {
            if (condition) Str(s);
        }
        private void Expr(Expr e, int level) => _laid.Add(new Step(StepKind.Expr, e, level));
        private void Lay(StepKind kind, object item, int level = 0) => _laid.Add(new Step(kind, item, level));

        /// <summary>append_ast_expr</summary>
        private void AppendExpr(Expr e, int level)
        {
            switch (e)
            {
                case BoolOp b: AppendBoolOp(b, level); break;
                case BinOp b: AppendBinOp(b, level); break;
                case UnaryOp u: AppendUnaryOp(u, level); break;
                case Lambda l: AppendLambda(l, level); break;
                case IfExp i:
                    StrIf(level > PR_TEST, "(");
                    Expr(i.Body, PR_TEST + 1);
                    Str(" if ");
                    Expr(i.Test, PR_TEST + 1);
                    Str(" else ");
                    Expr(i.Orelse, PR_TEST);
                    StrIf(level > PR_TEST, ")");
                    break;
                case Dict d: AppendDict(d); break;
                case Set s: AppendSequence("{", s.Elts, "}"); break;
                case GeneratorExp g: AppendComprehensions("(", g.Elt, null, g.Generators, ")"); break;
                case ListComp l: AppendComprehensions("[", l.Elt, null, l.Generators, "]"); break;
                case SetComp s: AppendComprehensions("{", s.Elt, null, s.Generators, "}"); break;
                case DictComp d: AppendComprehensions("{", d.Key, d.Value, d.Generators, "}"); break;
                case Yield y:
                    if (y.Value is null)
                    {
                        Str("(yield)");
                        break;
                    }
                    Str("(yield ");
                    Expr(y.Value, PR_TEST);
                    Str(")");
                    break;
                case YieldFrom y:
                    Str("(yield from ");
                    Expr(y.Value, PR_TEST);
                    Str(")");
                    break;
                case Await a:
                    StrIf(level > PR_AWAIT, "(");
                    Str("await ");
                    Expr(a.Value, PR_ATOM);
                    StrIf(level > PR_AWAIT, ")");
                    break;
                case Compare c: AppendCompare(c, level); break;
                case Call c: AppendCall(c); break;
                case Constant c:
                    if (c.Value is EllipsisConstant)
                    {
                        Str("...");
                        break;
                    }
                    if (c.Kind is not null) Str(c.Kind);
                    Lay(StepKind.Constant, c.Value);
                    break;
                case JoinedStr j: AppendJoinedStr(j, isFormatSpec: false); break;
                case FormattedValue f: AppendFormattedValue(f); break;
                case Attribute a:
                    Expr(a.Value, PR_ATOM);
                    // An integer needs a space before the dot, or the dot reads as a decimal point.
                    Str(a.Value is Constant { Value: IntConstant } ? " ." : ".");
                    Str(a.Attr);
                    break;
                case Subscript s:
                    Expr(s.Value, PR_ATOM);
                    Str("[");
                    Expr(s.Slice, PR_TUPLE);
                    Str("]");
                    break;
                case Starred s:
                    Str("*");
                    Expr(s.Value, PR_EXPR);
                    break;
                case Slice s:
                    if (s.Lower is not null) Expr(s.Lower, PR_TEST);
                    Str(":");
                    if (s.Upper is not null) Expr(s.Upper, PR_TEST);
                    if (s.Step is not null)
                    {
                        Str(":");
                        Expr(s.Step, PR_TEST);
                    }
                    break;
                case Name n: Str(n.Id); break;
                case List l: AppendSequence("[", l.Elts, "]"); break;
                case Tuple t: AppendTuple(t, level); break;
                case NamedExpr n:
                    StrIf(level > PR_TUPLE, "(");
                    Expr(n.Target, PR_ATOM);
                    Str(" := ");
                    Expr(n.Value, PR_ATOM);
                    StrIf(level > PR_TUPLE, ")");
                    break;
                default:
                    throw new InvalidOperationException("unknown expression kind " + e.TypeName);
            }
        }

        private void AppendBoolOp(BoolOp e, int level)
        {
            var op = e.Op == BoolOperator.And ? " and " : " or ";
            var pr = e.Op == BoolOperator.And ? PR_AND : PR_OR;
            StrIf(level > pr, "(");
            for (var i = 0; i < e.Values.Count; i++)
            {
                StrIf(i > 0, op);
                Expr(e.Values[i], pr + 1);
            }
            StrIf(level > pr, ")");
        }

        private void AppendBinOp(BinOp e, int level)
        {
            var (op, pr) = e.Op switch
            {
                Operator.Add => (" + ", PR_ARITH),
                Operator.Sub => (" - ", PR_ARITH),
                Operator.Mult => (" * ", PR_TERM),
                Operator.MatMult => (" @ ", PR_TERM),
                Operator.Div => (" / ", PR_TERM),
                Operator.Mod => (" % ", PR_TERM),
                Operator.LShift => (" << ", PR_SHIFT),
                Operator.RShift => (" >> ", PR_SHIFT),
                Operator.BitOr => (" | ", PR_BOR),
                Operator.BitXor => (" ^ ", PR_BXOR),
                Operator.BitAnd => (" & ", PR_BAND),
                Operator.FloorDiv => (" // ", PR_TERM),
                Operator.Pow => (" ** ", PR_POWER),
                _ => throw new InvalidOperationException("unknown binary operator"),
            };
            // ** groups to the right: its left operand needs parentheses at the same priority.
            var rassoc = e.Op == Operator.Pow ? 1 : 0;
            StrIf(level > pr, "(");
            Expr(e.Left, pr + rassoc);
            Str(op);
            Expr(e.Right, pr + 1 - rassoc);
            StrIf(level > pr, ")");
        }

        private void AppendUnaryOp(UnaryOp e, int level)
        {
            var (op, pr) = e.Op switch
            {
                UnaryOperator.Invert => ("~", PR_FACTOR),
                UnaryOperator.Not => ("not ", PR_NOT),
                UnaryOperator.UAdd => ("+", PR_FACTOR),
                UnaryOperator.USub => ("-", PR_FACTOR),
                _ => throw new InvalidOperationException("unknown unary operator"),
            };
            StrIf(level > pr, "(");
            Str(op);
            Expr(e.Operand, pr);
            StrIf(level > pr, ")");
        }

        /// <summary>append_ast_arg</summary>
        private void AppendArg(Arg arg)
        {
            Str(arg.Name);
            if (arg.Annotation is not null)
            {
                Str(": ");
                Expr(arg.Annotation, PR_TEST);
            }
        }

        /// <summary>append_ast_args: positional-only and positional parameters with their
        /// defaults, '/', the vararg or a bare '*', keyword-only ones, then **kwarg.</summary>
        private void AppendArgs(Arguments args)
        {
            var first = true;
            void Separator()
            {
                StrIf(!first, ", ");
                first = false;
            }

            int posonly = args.Posonlyargs.Count, positional = args.Args.Count, defaults = args.Defaults.Count;
            for (var i = 0; i < posonly + positional; i++)
            {
                Separator();
                Lay(StepKind.Arg, i < posonly ? args.Posonlyargs[i] : args.Args[i - posonly]);
                var di = i - posonly - positional + defaults;
                if (di >= 0)
                {
                    Str("=");
                    Expr(args.Defaults[di], PR_TEST);
                }
                if (posonly > 0 && i + 1 == posonly) Str(", /");
            }

            if (args.Vararg is not null || args.Kwonlyargs.Count > 0)
            {
                Separator();
                Str("*");
                if (args.Vararg is not null) Lay(StepKind.Arg, args.Vararg);
            }

            int kwonly = args.Kwonlyargs.Count, kwDefaults = args.KwDefaults.Count;
            for (var i = 0; i < kwonly; i++)
            {
                Separator();
                Lay(StepKind.Arg, args.Kwonlyargs[i]);
                var di = i - kwonly + kwDefaults;
                if (di >= 0 && args.KwDefaults[di] is { } value)
                {
                    Str("=");
                    Expr(value, PR_TEST);
                }
            }

            if (args.Kwarg is not null)
            {
                Separator();
                Str("**");
                Lay(StepKind.Arg, args.Kwarg);
            }
        }

        private void AppendLambda(Lambda e, int level)
        {
            StrIf(level > PR_TEST, "(");
            var positional = e.Args.Args.Count + e.Args.Posonlyargs.Count;
            // No space when the parameters start with '*' (or there are none): "lambda*a: 0".
            Str(positional > 0 ? "lambda " : "lambda");
            Lay(StepKind.Args, e.Args);
            Str(": ");
            Expr(e.Body, PR_TEST);
            StrIf(level > PR_TEST, ")");
        }

        private void AppendDict(Dict e)
        {
            Str("{");
            for (var i = 0; i < e.Values.Count; i++)
            {
                StrIf(i > 0, ", ");
                if (e.Keys[i] is { } key)
                {
                    Expr(key, PR_TEST);
                    Str(": ");
                    Expr(e.Values[i], PR_TEST);
                }
                else
                {
                    Str("**");
                    Expr(e.Values[i], PR_EXPR);
                }
            }
            Str("}");
        }

        /// <summary>append_ast_set and append_ast_list.</summary>
        private void AppendSequence(string open, List<Expr> elts, string close)
        {
            Str(open);
            for (var i = 0; i < elts.Count; i++)
            {
                StrIf(i > 0, ", ");
                Expr(elts[i], PR_TEST);
            }
            Str(close);
        }

        private void AppendTuple(Tuple e, int level)
        {
            if (e.Elts.Count == 0)
            {
                Str("()");
                return;
            }
            StrIf(level > PR_TUPLE, "(");
            for (var i = 0; i < e.Elts.Count; i++)
            {
                StrIf(i > 0, ", ");
                Expr(e.Elts[i], PR_TEST);
            }
            StrIf(e.Elts.Count == 1, ",");
            StrIf(level > PR_TUPLE, ")");
        }

        /// <summary>append_ast_genexp, _listcomp, _setcomp and _dictcomp (a value for the last).</summary>
        private void AppendComprehensions(string open, Expr elt, Expr? value, List<Comprehension> generators, string close)
        {
            Str(open);
            Expr(elt, PR_TEST);
            if (value is not null)
            {
                Str(": ");
                Expr(value, PR_TEST);
            }
            foreach (var gen in generators) Lay(StepKind.Comprehension, gen);
            Str(close);
        }

        private void AppendComprehension(Comprehension gen)
        {
            Str(gen.IsAsync != 0 ? " async for " : " for ");
            Expr(gen.Target, PR_TUPLE);
            Str(" in ");
            Expr(gen.Iter, PR_TEST + 1);
            foreach (var test in gen.Ifs)
            {
                Str(" if ");
                Expr(test, PR_TEST + 1);
            }
        }

        private void AppendCompare(Compare e, int level)
        {
            StrIf(level > PR_CMP, "(");
            Expr(e.Left, PR_CMP + 1);
            for (var i = 0; i < e.Comparators.Count; i++)
            {
                Str(e.Ops[i] switch
                {
                    CmpOperator.Eq => " == ",
                    CmpOperator.NotEq => " != ",
                    CmpOperator.Lt => " < ",
                    CmpOperator.LtE => " <= ",
                    CmpOperator.Gt => " > ",
                    CmpOperator.GtE => " >= ",
                    CmpOperator.Is => " is ",
                    CmpOperator.IsNot => " is not ",
                    CmpOperator.In => " in ",
                    CmpOperator.NotIn => " not in ",
                    _ => throw new InvalidOperationException("unexpected comparison kind"),
                });
                Expr(e.Comparators[i], PR_CMP + 1);
            }
            StrIf(level > PR_CMP, ")");
        }

        private void AppendKeyword(Keyword kw)
        {
            if (kw.Arg is null) Str("**");
            else
            {
                Str(kw.Arg);
                Str("=");
            }
            Expr(kw.Value, PR_TEST);
        }

        private void AppendCall(Call e)
        {
            Expr(e.Func, PR_ATOM);
            // A lone generator expression argument brings its own parentheses: f(x for x in y).
            if (e.Args is [GeneratorExp g] && e.Keywords.Count == 0)
            {
                Expr(g, PR_TEST);
                return;
            }
            Str("(");
            var first = true;
            foreach (var arg in e.Args)
            {
                StrIf(!first, ", ");
                first = false;
                Expr(arg, PR_TEST);
            }
            foreach (var kw in e.Keywords)
            {
                StrIf(!first, ", ");
                first = false;
                Lay(StepKind.Keyword, kw);
            }
            Str(")");
        }

        /// <summary>append_fstring_element: a piece of an f-string's body.</summary>
        private void AppendFStringElement(Expr e, bool isFormatSpec)
        {
            switch (e)
            {
                case Constant { Value: StrConstant s }:
                    // append_fstring_unicode: literal text with its braces doubled.
                    Str(s.Value.Replace("{", "{{").Replace("}", "}}"));
                    break;
                case JoinedStr j: AppendJoinedStr(j, isFormatSpec); break;
                case FormattedValue f: AppendFormattedValue(f); break;
                default: throw new InvalidOperationException("unknown expression kind inside f-string");
            }
        }

        /// <summary>append_joinedstr: the body is built whole, then quoted by repr behind an 'f'; a
        /// format spec's body goes in as it is.</summary>
        private void AppendJoinedStr(JoinedStr e, bool isFormatSpec)
        {
            if (!isFormatSpec) Lay(StepKind.Begin, "");
            foreach (var value in e.Values) Lay(StepKind.FStringElement, value, isFormatSpec ? 1 : 0);
            if (!isFormatSpec) Lay(StepKind.EndFString, "");
        }

        private void AppendFormattedValue(FormattedValue e)
        {
            // The grammar allows a tuple here; above PR_TEST puts a lambda (with its ':') in parentheses.
            Lay(StepKind.Begin, "");
            Expr(e.Value, PR_TEST + 1);
            Lay(StepKind.EndFormatted, "");
            if (e.Conversion > 0)
            {
                Str(e.Conversion switch
                {
                    'a' => "!a",
                    'r' => "!r",
                    's' => "!s",
                    _ => throw new InvalidOperationException("unknown f-value conversion kind"),
                });
            }
            if (e.FormatSpec is not null)
            {
                Str(":");
                Lay(StepKind.FStringElement, e.FormatSpec, 1);
            }
            Str("}");
        }

        /// <summary>append_ast_constant: a tuple item by item, anything else by append_repr.</summary>
        private void AppendConstant(PyConstant constant)
        {
            switch (constant)
            {
                case TupleConstant t:
                    Str("(");
                    for (var i = 0; i < t.Items.Length; i++)
                    {
                        StrIf(i > 0, ", ");
                        Lay(StepKind.Constant, t.Items[i]);
                    }
                    StrIf(t.Items.Length == 1, ",");
                    Str(")");
                    break;
                case FloatConstant f when double.IsInfinity(f.Value):
                case ComplexConstant:
                    Str(constant.Repr().Replace("inf", ReplaceInf));
                    break;
                default:
                    Str(constant.Repr());
                    break;
            }
        }
    }
}
