namespace Engine.Bytecode.Marshal;

/// <summary>The type codes of CPython's marshal format (Python/marshal.c), version 4.</summary>
internal static class MarshalCodes
{
    public const byte Null = (byte)'0';
    public const byte None = (byte)'N';
    public const byte False = (byte)'F';
    public const byte True = (byte)'T';
    public const byte StopIter = (byte)'S';
    public const byte Ellipsis = (byte)'.';
    public const byte Int = (byte)'i';
    public const byte Int64 = (byte)'I';
    public const byte Float = (byte)'f';
    public const byte BinaryFloat = (byte)'g';
    public const byte Complex = (byte)'x';
    public const byte BinaryComplex = (byte)'y';
    public const byte Long = (byte)'l';
    public const byte String = (byte)'s';
    public const byte Interned = (byte)'t';
    public const byte Ref = (byte)'r';
    public const byte Tuple = (byte)'(';
    public const byte List = (byte)'[';
    public const byte Dict = (byte)'{';
    public const byte Code = (byte)'c';
    public const byte Unicode = (byte)'u';
    public const byte Unknown = (byte)'?';
    public const byte Set = (byte)'<';
    public const byte FrozenSet = (byte)'>';
    public const byte Ascii = (byte)'a';
    public const byte AsciiInterned = (byte)'A';
    public const byte SmallTuple = (byte)')';
    public const byte ShortAscii = (byte)'z';
    public const byte ShortAsciiInterned = (byte)'Z';

    /// <summary>Set on a type code when the object is remembered for later TYPE_REF back-references.</summary>
    public const byte FlagRef = 0x80;

    /// <summary>PyLong digits are written in base 2**15.</summary>
    public const int LongShift = 15;

    /// <summary>co_localspluskinds bits (Include/internal/pycore_code.h).</summary>
    public const byte FastLocal = 0x20, FastCell = 0x40, FastFree = 0x80;
}
