using System.Buffers.Binary;
using Engine.Hashing;

namespace Engine.Bytecode.Marshal;

/// <summary>How the importer decides whether a .pyc is still up to date with its source (PEP 552).</summary>
public enum PycInvalidation
{
    /// <summary>Flags 0: the header holds the source's modification time and size.</summary>
    Timestamp,
    /// <summary>Flags 0b11: the header holds the source's hash, which the importer compares with the source's.</summary>
    CheckedHash,
    /// <summary>Flags 0b01: the header holds the source's hash, which the importer never checks.</summary>
    UncheckedHash,
}

/// <summary>A .pyc read back: its code object and what its header says.</summary>
public sealed record PycContents(CodeObject Code, PycInvalidation Invalidation, byte[] HeaderData);

/// <summary>
/// CPython 3.11's .pyc file (importlib._bootstrap_external): the magic number (3495, then
/// b"\r\n"), 4 bytes of flags, 8 bytes that depend on them (the source hash, or its
/// modification time and size), then the module's code object, marshalled.
/// </summary>
public static class PycFile
{
    public const int MagicNumber = 3495;
    public const int HeaderSize = 16;

    /// <summary>importlib's _RAW_MAGIC_NUMBER: the four magic bytes as a little-endian number,
    /// the key of <see cref="SourceHash"/>.</summary>
    public const ulong RawMagicNumber = MagicNumber | (0x0A0DUL << 16);

    /// <summary><c>_imp.source_hash(_RAW_MAGIC_NUMBER, source)</c>: SipHash-1-3 of the source bytes
    /// keyed with the magic number, as 8 little-endian bytes.</summary>
    public static byte[] SourceHash(ReadOnlySpan<byte> source)
    {
        var hash = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(hash, SipHash13.Hash(RawMagicNumber, 0, source));
        return hash;
    }

    /// <summary>A checked hash-based .pyc (what <c>py_compile.compile(...,
    /// invalidation_mode=PycInvalidationMode.CHECKED_HASH)</c> writes) of <paramref name="code"/>
    /// compiled from <paramref name="source"/> (the file's bytes).</summary>
    public static byte[] Write(CodeObject code, ReadOnlySpan<byte> source) =>
        Write(code, PycInvalidation.CheckedHash, SourceHash(source));

    /// <summary>A .pyc with the header data given (the hash, or the mtime and size, 8 bytes).</summary>
    public static byte[] Write(CodeObject code, PycInvalidation invalidation, ReadOnlySpan<byte> headerData)
    {
        if (headerData.Length != 8) throw new ArgumentException("a .pyc header holds 8 bytes of data", nameof(headerData));
        var body = MarshalWriter.Dumps(code);
        var pyc = new byte[HeaderSize + body.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(pyc, MagicNumber);
        pyc[2] = (byte)'\r';
        pyc[3] = (byte)'\n';
        BinaryPrimitives.WriteUInt32LittleEndian(pyc.AsSpan(4), invalidation switch
        {
            PycInvalidation.Timestamp => 0u,
            PycInvalidation.CheckedHash => 0b11u,
            _ => 0b01u,
        });
        headerData.CopyTo(pyc.AsSpan(8));
        body.CopyTo(pyc, HeaderSize);
        return pyc;
    }

    /// <summary>The code object of a 3.11 .pyc; an <see cref="InvalidPycException"/> saying what is
    /// wrong for anything else (another Python's .pyc names that Python).</summary>
    public static PycContents Read(byte[] pyc)
    {
        if (pyc.Length < 4 || pyc[2] != '\r' || pyc[3] != '\n')
            throw new InvalidPycException("These bytes are not a .pyc file: it starts with a magic number, two bytes then \"\\r\\n\".");
        var magic = BinaryPrimitives.ReadUInt16LittleEndian(pyc);
        if (magic != MagicNumber)
        {
            var version = PythonVersionOf(magic);
            throw new InvalidPycException(version is null
                ? $"Bad magic number {magic}: this is no CPython 3.11 .pyc (3.11's magic number is {MagicNumber})."
                : $"Bad magic number {magic}: this .pyc is for {version}; this service reads CPython 3.11's (magic number {MagicNumber}).");
        }
        if (pyc.Length < HeaderSize)
            throw new InvalidPycException($"The .pyc is cut short: its header takes {HeaderSize} bytes and it has {pyc.Length}.");
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(pyc.AsSpan(4));
        var invalidation = flags switch
        {
            0 => PycInvalidation.Timestamp,
            0b11 => PycInvalidation.CheckedHash,
            0b01 => PycInvalidation.UncheckedHash,
            _ => throw new InvalidPycException($"Invalid .pyc flags {flags} (only 0, 1 and 3 are defined)."),
        };
        var code = MarshalReader.LoadsCode(pyc, HeaderSize);
        return new PycContents(code, invalidation, pyc[8..HeaderSize]);
    }

    /// <summary>The Python release a magic number belongs to (the ranges importlib's
    /// _bootstrap_external lists), null when unknown.</summary>
    public static string? PythonVersionOf(int magic) => magic switch
    {
        20121 => "Python 1.5",
        50428 => "Python 1.6",
        50823 => "Python 2.0",
        60202 => "Python 2.1",
        60717 => "Python 2.2",
        >= 62011 and <= 62021 => "Python 2.3",
        >= 62041 and <= 62061 => "Python 2.4",
        >= 62071 and <= 62131 => "Python 2.5",
        >= 62151 and <= 62161 => "Python 2.6",
        >= 62171 and <= 62211 => "Python 2.7",
        >= 3000 and <= 3131 => "Python 3.0",
        >= 3141 and <= 3151 => "Python 3.1",
        >= 3160 and <= 3180 => "Python 3.2",
        >= 3190 and <= 3230 => "Python 3.3",
        >= 3250 and <= 3310 => "Python 3.4",
        >= 3320 and <= 3351 => "Python 3.5",
        >= 3360 and <= 3379 => "Python 3.6",
        >= 3390 and <= 3399 => "Python 3.7",
        >= 3400 and <= 3419 => "Python 3.8",
        >= 3420 and <= 3429 => "Python 3.9",
        >= 3430 and <= 3449 => "Python 3.10",
        >= 3450 and < MagicNumber => "a pre-release of Python 3.11",
        >= 3500 and <= 3549 => "Python 3.12",
        >= 3550 and <= 3599 => "Python 3.13",
        >= 3600 and <= 3649 => "Python 3.14",
        >= 3650 and <= 3699 => "Python 3.15",
        _ => null,
    };
}
