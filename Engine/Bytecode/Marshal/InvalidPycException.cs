namespace Engine.Bytecode.Marshal;

/// <summary>
/// Bytes that are not a CPython 3.11 <c>.pyc</c> or marshal stream this service reads: a wrong
/// magic number, a truncated or malformed stream, or one built to exhaust the reader. The only
/// exception <see cref="MarshalReader"/> and <see cref="PycFile.Read"/> throw; its message says
/// what is wrong, for a client to read.
/// </summary>
public sealed class InvalidPycException(string message) : Exception(message);
