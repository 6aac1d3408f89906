using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Engine.Syntax;

namespace Engine.Bytecode.Marshal;

/// <summary>
/// CPython 3.11's marshal.dumps, version 4, for what a code object holds: the constants
/// (<see cref="PyConstant"/>) and code objects in the 3.11 layout (Python/marshal.c,
/// w_object and w_complex_object).
/// <para>
/// CPython marks an object for back-references (FLAG_REF) when its reference count says it may
/// be shared, which depends on the process; here every object but the singletons is marked, and
/// equal strings, numbers and bytes are written once and referred back to, as CPython does for
/// interned names. A stream differs from CPython's only in those flags and references, and
/// marshal.loads gives equal objects for both.
/// </para>
/// </summary>
public sealed class MarshalWriter
{
    private readonly MemoryStream _out = new();
    private readonly Dictionary<(string Kind, object Value), int> _shared = [];
    private int _refs;

    public static byte[] Dumps(PyConstant value)
    {
        var writer = new MarshalWriter();
        writer.WriteObject(value, interned: IsInterned(value));
        return writer._out.ToArray();
    }

    public static byte[] Dumps(CodeObject code)
    {
        var writer = new MarshalWriter();
        writer.WriteCode(code);
        return writer._out.ToArray();
    }

    /// <summary>Whether CPython interns this string constant: code objects intern their string
    /// constants made of name characters only (all_name_chars in Objects/codeobject.c).</summary>
    private static bool IsInterned(PyConstant value) => value is StrConstant s && AllNameChars(s.Value);

    private static bool AllNameChars(string s)
    {
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    private void WriteObject(PyConstant value, bool interned)
    {
        switch (value)
        {
            case NoneConstant: Byte(MarshalCodes.None); return;
            case EllipsisConstant: Byte(MarshalCodes.Ellipsis); return;
            case BoolConstant b: Byte(b.Value ? MarshalCodes.True : MarshalCodes.False); return;
            case IntConstant i: WriteInt(i.Value); return;
            case FloatConstant f:
                if (Shared("float", BitConverter.DoubleToInt64Bits(f.Value))) return;
                Type(MarshalCodes.BinaryFloat);
                Double(f.Value);
                return;
            case ComplexConstant c:
                if (Shared("complex", (BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imag)))) return;
                Type(MarshalCodes.BinaryComplex);
                Double(c.Real);
                Double(c.Imag);
                return;
            case StrConstant s: WriteStr(s.Value, interned); return;
            case BytesConstant b:
                if (Shared("bytes", Convert.ToHexString(b.Value))) return;
                Type(MarshalCodes.String);
                Bytes(b.Value);
                return;
            case TupleConstant t:
                Type(t.Items.Length < 256 ? MarshalCodes.SmallTuple : MarshalCodes.Tuple);
                if (t.Items.Length < 256) Byte((byte)t.Items.Length);
                else Long(t.Items.Length);
                foreach (var item in t.Items) WriteObject(item, IsInterned(item));
                return;
            case FrozenSetConstant f:
                Type(MarshalCodes.FrozenSet);
                Long(f.Items.Length);
                foreach (var item in f.Items) WriteObject(item, IsInterned(item));
                return;
            case CodeConstant c: WriteCode(c.Code); return;
            default: throw new ArgumentException("marshal cannot write a constant of type " + value.TypeName);
        }
    }

    /// <summary>TYPE_INT when the value fits 32 bits, else TYPE_LONG: the sign with the count of
    /// base 2**15 digits, then the digits, least significant first.</summary>
    private void WriteInt(BigInteger value)
    {
        if (Shared("int", value)) return;
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            Type(MarshalCodes.Int);
            Long((int)value);
            return;
        }
        var magnitude = BigInteger.Abs(value);
        var digits = new List<ushort>();
        for (; !magnitude.IsZero; magnitude >>= MarshalCodes.LongShift)
            digits.Add((ushort)(int)(magnitude & ((1 << MarshalCodes.LongShift) - 1)));
        Type(MarshalCodes.Long);
        Long(value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) Short(d);
    }

    /// <summary>ASCII text in the short or long ASCII forms, anything else as UTF-8 with lone
    /// surrogates encoded as they are (surrogatepass); interned strings in the interned variants.</summary>
    private void WriteStr(string value, bool interned)
    {
        if (Shared(interned ? "str!" : "str", value)) return;
        if (Ascii.IsValid(value))
        {
            if (value.Length < 256)
            {
                Type(interned ? MarshalCodes.ShortAsciiInterned : MarshalCodes.ShortAscii);
                Byte((byte)value.Length);
            }
            else
            {
                Type(interned ? MarshalCodes.AsciiInterned : MarshalCodes.Ascii);
                Long(value.Length);
            }
            foreach (var c in value) Byte((byte)c);
            return;
        }
        Type(interned ? MarshalCodes.Interned : MarshalCodes.Unicode);
        Bytes(SurrogatePass.Encode(value));
    }

    /// <summary>The 3.11 code object: argcount, posonlyargcount, kwonlyargcount, stacksize,
    /// flags, co_code, consts, names, localsplusnames, localspluskinds, filename, name, qualname,
    /// firstlineno, linetable, exceptiontable.</summary>
    private void WriteCode(CodeObject code)
    {
        Type(MarshalCodes.Code);
        Long(code.ArgCount);
        Long(code.PosOnlyArgCount);
        Long(code.KwOnlyArgCount);
        Long(code.StackSize);
        Long((int)code.Flags);
        WriteObject(new BytesConstant(code.Code), false);
        WriteObject(new TupleConstant(code.Consts), false);
        WriteNames(code.Names);
        WriteNames(code.LocalsPlusNames);
        WriteObject(new BytesConstant(LocalsPlusKinds(code)), false);
        WriteStr(code.Filename, false);
        WriteStr(code.Name, AllNameChars(code.Name));
        WriteStr(code.QualName, AllNameChars(code.QualName));
        Long(code.FirstLineNo);
        WriteObject(new BytesConstant(LocationTable.Encode(code)), false);
        WriteObject(new BytesConstant(ExceptionTableCodec.Encode(code.ExceptionTable)), false);
    }

    /// <summary>co_localspluskinds: each of co_localsplusnames is a local (the varnames), a cell, or both
    /// (an argument a nested function captures), or a free variable.</summary>
    internal static byte[] LocalsPlusKinds(CodeObject code)
    {
        var kinds = new List<byte>(code.LocalsPlusNames.Length);
        foreach (var name in code.VarNames)
            kinds.Add((byte)(MarshalCodes.FastLocal | (code.CellVars.Contains(name) ? MarshalCodes.FastCell : 0)));
        foreach (var name in code.CellVars)
            if (Array.IndexOf(code.VarNames, name) < 0) kinds.Add(MarshalCodes.FastCell);
        foreach (var _ in code.FreeVars) kinds.Add(MarshalCodes.FastFree);
        return kinds.ToArray();
    }

    private void WriteNames(string[] names)
    {
        Type(names.Length < 256 ? MarshalCodes.SmallTuple : MarshalCodes.Tuple);
        if (names.Length < 256) Byte((byte)names.Length);
        else Long(names.Length);
        foreach (var name in names) WriteStr(name, interned: true);
    }

    /// <summary>Writes a back-reference and answers true when an equal object was written before;
    /// else remembers this one under the next reference number (which <see cref="Type"/> then claims).</summary>
    private bool Shared(string kind, object value)
    {
        if (_shared.TryGetValue((kind, value), out var index))
        {
            Byte(MarshalCodes.Ref);
            Long(index);
            return true;
        }
        _shared[(kind, value)] = _refs;
        return false;
    }

    /// <summary>A type code marked FLAG_REF: the object takes the next reference number.</summary>
    private void Type(byte code)
    {
        Byte((byte)(code | MarshalCodes.FlagRef));
        _refs++;
    }

    private void Byte(byte b) => _out.WriteByte(b);

    private void Short(ushort value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, value);
        _out.Write(buffer);
    }

    private void Long(int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        _out.Write(buffer);
    }

    private void Double(double value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
        _out.Write(buffer);
    }

    private void Bytes(byte[] value)
    {
        Long(value.Length);
        _out.Write(value);
    }
}
