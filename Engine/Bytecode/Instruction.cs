namespace Engine.Bytecode;

/// <summary>
/// One instruction as dis.get_instructions gives it: <see cref="Arg"/> is the full argument
/// (EXTENDED_ARG prefixes folded in; null for opcodes without one), <see cref="Argrepr"/> what dis
/// prints in parentheses, <see cref="StartsLine"/> the line when this instruction starts one.
/// </summary>
public sealed record Instruction(
    string Opname, Opcode Opcode, int? Arg, string Argrepr, int Offset, int? StartsLine, bool IsJumpTarget, SourcePosition Positions);
