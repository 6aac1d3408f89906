using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using Engine.Syntax;

namespace Engine.Bytecode.Marshal;

/// <summary>
/// CPython's marshal.loads (Python/marshal.c, r_object) for the objects a code object holds,
/// hardened for streams from anyone: every failure is an <see cref="InvalidPycException"/>
/// saying what is wrong, never another exception, and no stream can make it recurse or allocate
/// without bound:
/// <list type="bullet">
/// <item>nesting deeper than CPython's MAX_MARSHAL_STACK_DEPTH (2000) is refused;</item>
/// <item>every size is checked against the bytes left before anything is allocated for it;</item>
/// <item>a back-reference must name an object already read in full (no cycles);</item>
/// <item>shared references can make a small stream stand for a huge tree (a tuple of two
/// references to a tuple of two references...): the size of the tree, every reference counted
/// as a copy, is kept under <see cref="MaxExpandedSize"/>, as whatever later walks the constants
/// (repr, equality, the VM) sees that tree;</item>
/// <item>lists, dicts, sets and StopIteration, which no code object holds, are refused.</item>
/// </list>
/// </summary>
public sealed class MarshalReader
{
    /// <summary>MAX_MARSHAL_STACK_DEPTH on every platform but Windows.</summary>
    public const int MaxDepth = 2000;

    /// <summary>The most the objects read may amount to with every shared reference counted
    /// in full (a string counts its length, every other object 1 plus its parts).</summary>
    public const long MaxExpandedSize = 64L << 20;

    private readonly byte[] _data;
    private int _pos;
    private int _depth;

    /// <summary>The objects marked FLAG_REF, by reference number; null while one is still being read.</summary>
    private readonly List<PyConstant?> _refs = [];
    private readonly List<long> _refSizes = [];

    private MarshalReader(byte[] data, int start)
    {
        _data = data;
        _pos = start;
    }

    /// <summary>The object marshalled at <paramref name="start"/> in <paramref name="data"/> (bytes
    /// after it are ignored, as marshal.loads ignores them).</summary>
    public static PyConstant Loads(byte[] data, int start = 0)
    {
        var reader = new MarshalReader(data, start);
        return reader.ReadObject(out _);
    }

    /// <summary>The code object marshalled at <paramref name="start"/>.</summary>
    public static CodeObject LoadsCode(byte[] data, int start = 0) =>
        Loads(data, start) is CodeConstant code
            ? code.Code
            : throw new InvalidPycException("The marshalled object is not a code object.");

    private PyConstant ReadObject(out long size)
    {
        if (_depth >= MaxDepth)
            throw new InvalidPycException($"bad marshal data: objects nested deeper than {MaxDepth} levels (CPython's limit).");
        _depth++;
        try
        {
            var at = _pos;
            var code = Byte();
            var flag = (code & MarshalCodes.FlagRef) != 0;
            var type = (byte)(code & ~MarshalCodes.FlagRef);
            size = 1;
            switch (type)
            {
                case MarshalCodes.None: return NoneConstant.Instance;
                case MarshalCodes.True: return BoolConstant.True;
                case MarshalCodes.False: return BoolConstant.False;
                case MarshalCodes.Ellipsis: return EllipsisConstant.Instance;
                case MarshalCodes.Int: return Remember(flag, new IntConstant(Long()), size);
                case MarshalCodes.Int64: return Remember(flag, new IntConstant(BinaryPrimitives.ReadInt64LittleEndian(Take(8))), size);
                case MarshalCodes.Long: return Remember(flag, new IntConstant(ReadLongDigits()), size);
                case MarshalCodes.BinaryFloat: return Remember(flag, new FloatConstant(BinaryPrimitives.ReadDoubleLittleEndian(Take(8))), size);
                case MarshalCodes.Float: return Remember(flag, new FloatConstant(TextFloat()), size);
                case MarshalCodes.BinaryComplex:
                {
                    var real = BinaryPrimitives.ReadDoubleLittleEndian(Take(8));
                    return Remember(flag, new ComplexConstant(real, BinaryPrimitives.ReadDoubleLittleEndian(Take(8))), size);
                }
                case MarshalCodes.Complex:
                {
                    var real = TextFloat();
                    return Remember(flag, new ComplexConstant(real, TextFloat()), size);
                }
                case MarshalCodes.String:
                {
                    var bytes = Take(Size("bytes")).ToArray();
                    size += bytes.Length;
                    return Remember(flag, new BytesConstant(bytes), size);
                }
                case MarshalCodes.Unicode or MarshalCodes.Interned:
                {
                    var text = SurrogatePass.Decode(Take(Size("str")))
                        ?? throw new InvalidPycException($"bad marshal data: the str at byte {at} is not UTF-8.");
                    size += text.Length;
                    return Remember(flag, new StrConstant(text), size);
                }
                case MarshalCodes.Ascii or MarshalCodes.AsciiInterned:
                case MarshalCodes.ShortAscii or MarshalCodes.ShortAsciiInterned:
                {
                    var n = type is MarshalCodes.ShortAscii or MarshalCodes.ShortAsciiInterned ? Byte() : Size("str");
                    var text = Encoding.Latin1.GetString(Take(n));
                    size += text.Length;
                    return Remember(flag, new StrConstant(text), size);
                }
                case MarshalCodes.Tuple or MarshalCodes.SmallTuple:
                {
                    var n = type == MarshalCodes.SmallTuple ? Byte() : Size("tuple");
                    var index = Reserve(flag);
                    var items = new PyConstant[n];
                    for (var i = 0; i < n; i++)
                    {
                        items[i] = ReadObject(out var itemSize);
                        size = Grow(size, itemSize);
                    }
                    return Fill(index, new TupleConstant(items), size);
                }
                case MarshalCodes.FrozenSet:
                {
                    var n = Size("frozenset");
                    var index = Reserve(flag);
                    var items = new PyConstant[n];
                    for (var i = 0; i < n; i++)
                    {
                        items[i] = ReadObject(out var itemSize);
                        if (items[i] is CodeConstant) throw new InvalidPycException("bad marshal data: a frozenset holds a code object.");
                        size = Grow(size, itemSize);
                    }
                    return Fill(index, new FrozenSetConstant(items), size);
                }
                case MarshalCodes.Ref:
                {
                    var n = Long();
                    if (n < 0 || n >= _refs.Count)
                        throw new InvalidPycException($"bad marshal data: the reference at byte {at} names object {n}, which has not been read.");
                    size = _refSizes[n];
                    return _refs[n] ?? throw new InvalidPycException(
                        $"bad marshal data: the reference at byte {at} names an object that is still being read (a cycle).");
                }
                case MarshalCodes.Code:
                {
                    var index = Reserve(flag);
                    var code2 = ReadCode(ref size);
                    return Fill(index, new CodeConstant(code2), size);
                }
                case MarshalCodes.List: throw NotAConstant("list", at);
                case MarshalCodes.Dict: throw NotAConstant("dict", at);
                case MarshalCodes.Set: throw NotAConstant("set", at);
                case MarshalCodes.StopIter: throw NotAConstant("StopIteration", at);
                case MarshalCodes.Null: throw new InvalidPycException($"bad marshal data: a NULL object at byte {at}.");
                default:
                    throw new InvalidPycException($"bad marshal data: unknown type code 0x{code:x2} at byte {at}.");
            }
        }
        finally
        {
            _depth--;
        }
    }

    private static InvalidPycException NotAConstant(string what, int at) =>
        new($"bad marshal data: a {what} at byte {at}; a code object holds no {what}.");

    private CodeObject ReadCode(ref long size)
    {
        var argCount = Long();
        var posOnly = Long();
        var kwOnly = Long();
        var stackSize = Long();
        var flags = Long();
        var code = Field<BytesConstant>("co_code", ref size).Value;
        var consts = Field<TupleConstant>("co_consts", ref size).Items;
        var names = Strings(Field<TupleConstant>("co_names", ref size), "co_names");
        var localsPlusNames = Strings(Field<TupleConstant>("co_localsplusnames", ref size), "co_localsplusnames");
        var kinds = Field<BytesConstant>("co_localspluskinds", ref size).Value;
        var filename = Field<StrConstant>("co_filename", ref size).Value;
        var name = Field<StrConstant>("co_name", ref size).Value;
        var qualName = Field<StrConstant>("co_qualname", ref size).Value;
        var firstLineNo = Long();
        var lineTable = Field<BytesConstant>("co_linetable", ref size).Value;
        var exceptionTable = Field<BytesConstant>("co_exceptiontable", ref size).Value;

        string where = $"code object {name}";
        if (argCount < 0 || posOnly < 0 || posOnly > argCount || kwOnly < 0 || stackSize < 0 || flags < 0)
            throw new InvalidPycException($"bad code object ({where}): a negative or inconsistent count.");
        if (stackSize > CodeCheck.MaxStackSize)
            throw new InvalidPycException($"bad code object ({where}): co_stacksize {stackSize} is more than this service runs ({CodeCheck.MaxStackSize}).");
        if (code.Length == 0 || code.Length % 2 != 0)
            throw new InvalidPycException($"bad code object ({where}): co_code is malformed (its length must be even and not 0).");
        if (kinds.Length != localsPlusNames.Length)
            throw new InvalidPycException($"bad code object ({where}): co_localsplusnames and co_localspluskinds differ in size.");
        if (localsPlusNames.Distinct().Count() != localsPlusNames.Length)
            throw new InvalidPycException($"bad code object ({where}): a name appears twice in co_localsplusnames.");

        // Locals (some also cells) first, then the other cells, then the free variables: the order
        // compute_localsplus_info writes and the VM's fast slots follow.
        var varNames = new List<string>();
        var cellVars = new List<string>();
        var freeVars = new List<string>();
        var stage = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            var kindStage = kinds[i] switch
            {
                MarshalCodes.FastLocal or MarshalCodes.FastLocal | MarshalCodes.FastCell => 0,
                MarshalCodes.FastCell => 1,
                MarshalCodes.FastFree => 2,
                _ => throw new InvalidPycException($"bad code object ({where}): unknown local kind 0x{kinds[i]:x2}."),
            };
            if (kindStage < stage)
                throw new InvalidPycException($"bad code object ({where}): co_localspluskinds is not in the order locals, cells, free variables.");
            stage = kindStage;
            if ((kinds[i] & MarshalCodes.FastLocal) != 0) varNames.Add(localsPlusNames[i]);
            if ((kinds[i] & MarshalCodes.FastCell) != 0) cellVars.Add(localsPlusNames[i]);
            if ((kinds[i] & MarshalCodes.FastFree) != 0) freeVars.Add(localsPlusNames[i]);
        }
        var codeFlags = (CodeFlags)flags;
        var totalArgs = argCount + kwOnly + (codeFlags.HasFlag(CodeFlags.VARARGS) ? 1 : 0) + (codeFlags.HasFlag(CodeFlags.VARKEYWORDS) ? 1 : 0);
        if (varNames.Count < totalArgs)
            throw new InvalidPycException($"bad code object ({where}): co_varnames is too small for its arguments.");

        var result = new CodeObject
        {
            Name = name,
            QualName = qualName,
            Filename = filename,
            FirstLineNo = firstLineNo,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            StackSize = stackSize,
            Flags = codeFlags,
            Names = names,
            VarNames = [.. varNames],
            CellVars = [.. cellVars],
            FreeVars = [.. freeVars],
            Consts = consts,
            Code = code,
            Positions = LocationTable.Decode(lineTable, code.Length / 2, firstLineNo),
            ExceptionTable = ExceptionTableCodec.Decode(exceptionTable, code.Length),
        };
        CodeCheck.Check(result);
        return result;
    }

    private T Field<T>(string field, ref long size) where T : PyConstant
    {
        var at = _pos;
        var value = ReadObject(out var fieldSize);
        size = Grow(size, fieldSize);
        return value as T ?? throw new InvalidPycException(
            $"bad code object: {field} (at byte {at}) is a {value.TypeName}, not a {TypeNameOf<T>()}.");
    }

    private static string TypeNameOf<T>() => typeof(T) == typeof(BytesConstant) ? "bytes"
        : typeof(T) == typeof(TupleConstant) ? "tuple" : "str";

    private static string[] Strings(TupleConstant tuple, string field) =>
        tuple.Items.Select(item => item is StrConstant s ? s.Value
            : throw new InvalidPycException($"bad code object: {field} holds a {item.TypeName}, not only str.")).ToArray();

    /// <summary>TYPE_LONG: a signed count of base 2**15 digits, least significant first.</summary>
    private BigInteger ReadLongDigits()
    {
        var n = Long();
        if (n == int.MinValue) throw new InvalidPycException("bad marshal data (long size out of range).");
        var count = Math.Abs(n);
        if (count > Remaining / 2) throw TooShort(count * 2L);
        if (count == 0) return BigInteger.Zero;
        // Pack the 15-bit digits into little-endian bytes, then build the number once.
        var bytes = new byte[(count * MarshalCodes.LongShift + 7) / 8 + 1];
        var bit = 0;
        for (var i = 0; i < count; i++, bit += MarshalCodes.LongShift)
        {
            int digit = BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
            if (digit >= 1 << MarshalCodes.LongShift) throw new InvalidPycException("bad marshal data (digit out of range in long).");
            if (i == count - 1 && digit == 0) throw new InvalidPycException("bad marshal data (unnormalized long data).");
            var shifted = (long)digit << (bit & 7);
            for (var k = bit >> 3; shifted != 0; k++, shifted >>= 8) bytes[k] |= (byte)shifted;
        }
        var magnitude = new BigInteger(bytes, isUnsigned: true);
        return n < 0 ? -magnitude : magnitude;
    }

    /// <summary>TYPE_FLOAT: the repr of the float as text, its length in one byte.</summary>
    private double TextFloat()
    {
        var text = Encoding.ASCII.GetString(Take(Byte()));
        return text switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "+nan" or "-nan" => double.NaN,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new InvalidPycException($"bad marshal data: \"{text}\" is not a float."),
        };
    }

    /// <summary>Claims the next reference number for a container about to be read (its parts may not refer to it).</summary>
    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        _refs.Add(null);
        _refSizes.Add(0);
        return _refs.Count - 1;
    }

    private PyConstant Fill(int index, PyConstant value, long size)
    {
        if (index >= 0)
        {
            _refs[index] = value;
            _refSizes[index] = size;
        }
        return value;
    }

    private PyConstant Remember(bool flag, PyConstant value, long size) => Fill(Reserve(flag), value, size);

    private static long Grow(long size, long more)
    {
        size += more;
        if (size > MaxExpandedSize)
            throw new InvalidPycException($"bad marshal data: too many objects (with shared references counted in full, over {MaxExpandedSize}).");
        return size;
    }

    private int Remaining => _data.Length - _pos;

    /// <summary>A 32-bit size that must fit in the bytes left (every element takes at least one).</summary>
    private int Size(string what)
    {
        var at = _pos;
        var n = Long();
        if (n < 0) throw new InvalidPycException($"bad marshal data ({what} size out of range at byte {at}).");
        if (n > Remaining) throw TooShort(n);
        return n;
    }

    private byte Byte() => Remaining >= 1 ? _data[_pos++] : throw TooShort(1);

    private int Long() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n > Remaining) throw TooShort(n);
        var span = _data.AsSpan(_pos, n);
        _pos += n;
        return span;
    }

    private InvalidPycException TooShort(long wanted) =>
        new($"marshal data too short: {wanted} more bytes wanted at byte {_pos}, {Remaining} left.");
}
