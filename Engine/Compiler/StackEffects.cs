using System.Numerics;
using Engine.Bytecode;

namespace Engine.Compiler;

/// <summary>
/// dis.stack_effect(op, arg, jump) for every 3.11 opcode, as data: a fixed effect, or a rule of
/// the argument, or two effects (jumping, not jumping). Checked against CPython by the tests.
/// </summary>
public static class StackEffects
{
    private delegate int Rule(int arg, bool jump);

    private static readonly Rule?[] Rules = Build();

    /// <summary>The change in stack depth after the instruction; <paramref name="jump"/> says whether it jumped.</summary>
    public static int Of(Opcode op, int arg, bool jump) =>
        Rules[(int)op] is { } rule ? rule(arg, jump) : throw new ArgumentException("no stack effect for " + op);

    internal static int OfVirtual(int op, int arg, bool jump) => op switch
    {
        VirtualOp.JUMP or VirtualOp.JUMP_NO_INTERRUPT => 0,
        VirtualOp.POP_JUMP_IF_FALSE or VirtualOp.POP_JUMP_IF_TRUE
            or VirtualOp.POP_JUMP_IF_NONE or VirtualOp.POP_JUMP_IF_NOT_NONE => -1,
        // Nothing in the normal flow; at the handler, the exception on the stack as it was at the
        // setup (SETUP_CLEANUP also pushes lasti under it; after SETUP_WITH the value __enter__
        // returned is counted as that slot).
        VirtualOp.SETUP_FINALLY or VirtualOp.SETUP_WITH => jump ? 1 : 0,
        VirtualOp.SETUP_CLEANUP => jump ? 2 : 0,
        VirtualOp.POP_BLOCK => 0,
        _ => Of((Opcode)op, arg, jump),
    };

    private static Rule?[] Build()
    {
        var rules = new Rule?[256];
        void Fixed(int effect, params Opcode[] ops) { foreach (var op in ops) rules[(int)op] = (_, _) => effect; }
        void By(Rule rule, params Opcode[] ops) { foreach (var op in ops) rules[(int)op] = rule; }

        Fixed(0, Opcode.CACHE, Opcode.NOP, Opcode.UNARY_POSITIVE, Opcode.UNARY_NEGATIVE, Opcode.UNARY_NOT,
            Opcode.UNARY_INVERT, Opcode.CHECK_EXC_MATCH, Opcode.CHECK_EG_MATCH, Opcode.GET_AITER, Opcode.GET_ITER,
            Opcode.GET_YIELD_FROM_ITER, Opcode.RETURN_GENERATOR, Opcode.LIST_TO_TUPLE, Opcode.SETUP_ANNOTATIONS,
            Opcode.YIELD_VALUE, Opcode.ASYNC_GEN_WRAP, Opcode.DELETE_NAME, Opcode.DELETE_GLOBAL, Opcode.SWAP,
            Opcode.LOAD_ATTR, Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
            Opcode.DELETE_FAST, Opcode.GET_AWAITABLE, Opcode.MAKE_CELL, Opcode.DELETE_DEREF, Opcode.EXTENDED_ARG,
            Opcode.COPY_FREE_VARS, Opcode.RESUME, Opcode.KW_NAMES);
        Fixed(1, Opcode.PUSH_NULL, Opcode.GET_LEN, Opcode.MATCH_MAPPING, Opcode.MATCH_SEQUENCE, Opcode.MATCH_KEYS,
            Opcode.PUSH_EXC_INFO, Opcode.WITH_EXCEPT_START, Opcode.GET_ANEXT, Opcode.BEFORE_ASYNC_WITH,
            Opcode.BEFORE_WITH, Opcode.LOAD_BUILD_CLASS, Opcode.LOAD_ASSERTION_ERROR, Opcode.LOAD_CONST,
            Opcode.LOAD_NAME, Opcode.IMPORT_FROM, Opcode.COPY, Opcode.LOAD_FAST, Opcode.LOAD_CLOSURE,
            Opcode.LOAD_DEREF, Opcode.LOAD_CLASSDEREF, Opcode.LOAD_METHOD);
        Fixed(-1, Opcode.POP_TOP, Opcode.BINARY_SUBSCR, Opcode.PRINT_EXPR, Opcode.RETURN_VALUE, Opcode.IMPORT_STAR,
            Opcode.PREP_RERAISE_STAR, Opcode.POP_EXCEPT, Opcode.STORE_NAME, Opcode.DELETE_ATTR, Opcode.STORE_GLOBAL,
            Opcode.COMPARE_OP, Opcode.IMPORT_NAME, Opcode.IS_OP, Opcode.CONTAINS_OP, Opcode.RERAISE,
            Opcode.BINARY_OP, Opcode.STORE_FAST, Opcode.STORE_DEREF, Opcode.LIST_APPEND, Opcode.SET_ADD,
            Opcode.LIST_EXTEND, Opcode.SET_UPDATE, Opcode.DICT_MERGE, Opcode.DICT_UPDATE, Opcode.CALL,
            Opcode.POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_FORWARD_IF_NONE,
            Opcode.POP_JUMP_FORWARD_IF_NOT_NONE, Opcode.POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_TRUE,
            Opcode.POP_JUMP_BACKWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE);
        Fixed(-2, Opcode.END_ASYNC_FOR, Opcode.DELETE_SUBSCR, Opcode.STORE_ATTR, Opcode.MAP_ADD, Opcode.MATCH_CLASS);
        Fixed(-3, Opcode.STORE_SUBSCR);

        By((arg, _) => arg - 1, Opcode.UNPACK_SEQUENCE);
        By((arg, _) => (arg & 0xFF) + (arg >> 8), Opcode.UNPACK_EX);
        By((_, jump) => jump ? -1 : 1, Opcode.FOR_ITER);
        By((_, jump) => jump ? -1 : 0, Opcode.SEND);
        By((_, jump) => jump ? 0 : -1, Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP);
        By((arg, _) => 1 - arg, Opcode.BUILD_TUPLE, Opcode.BUILD_LIST, Opcode.BUILD_SET, Opcode.BUILD_STRING);
        By((arg, _) => 1 - 2 * arg, Opcode.BUILD_MAP);
        By((arg, _) => -arg, Opcode.BUILD_CONST_KEY_MAP, Opcode.RAISE_VARARGS, Opcode.PRECALL);
        By((arg, _) => 1 + (arg & 1), Opcode.LOAD_GLOBAL);
        By((arg, _) => -BitOperations.PopCount((uint)arg & 0xF), Opcode.MAKE_FUNCTION);
        By((arg, _) => arg == 3 ? -2 : -1, Opcode.BUILD_SLICE);
        // With a format spec on the stack (arg & 4), two values become one.
        By((arg, _) => (arg & 4) != 0 ? -1 : 0, Opcode.FORMAT_VALUE);
        By((arg, _) => -2 - (arg & 1), Opcode.CALL_FUNCTION_EX);
        return rules;
    }
}
