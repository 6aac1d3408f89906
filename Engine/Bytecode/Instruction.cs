namespace Engine.Bytecode;

/// <summary>
/// One instruction as dis.get_instructions gives it. <see cref="Arg"/> is the full argument
/// (EXTENDED_ARG prefixes folded in; null for opcodes without one); <see cref="Argval"/> what it
/// resolves to (a <see cref="Engine.Syntax.PyConstant"/> for LOAD_CONST, a name for name, local and
/// free-variable opcodes, the target offset for jumps, the operator for COMPARE_OP, a
/// <see cref="FormatValueArg"/> for FORMAT_VALUE, else the argument itself; null without an
/// argument and for KW_NAMES, which dis leaves UNKNOWN); <see cref="Argrepr"/> what dis prints in
/// parentheses; <see cref="StartsLine"/> the line when this instruction starts one.
/// </summary>
public sealed record Instruction(
    string Opname, Opcode Opcode, int? Arg, object? Argval, string Argrepr,
    int Offset, int? StartsLine, bool IsJumpTarget, SourcePosition Positions);
