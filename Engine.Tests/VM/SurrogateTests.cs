using System.Text;
using Engine.Bytecode.Marshal;
using Engine.Syntax;
using Engine.Tests.Compiler;
using Engine.Tests.Parser;
using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>Surrogate code points in str (issue 11): two escaped surrogates stay two code points in
/// every stage (the AST's and the constants' repr, the VM's len, ord, ordering, hashing, codecs), and
/// the edges translate the stand-ins <see cref="Surrogates"/> holds them as.</summary>
public class SurrogateTests
{
    public static TheoryData<string> FrontEndSources => new()
    {
        """
        a = "\ud800\udfff"; b = "\U000103ff"; c = "\ud800"
        print(len(a), len(b), repr(a), repr(c), a == b, ord(a[0]), [hex(ord(x)) for x in a])
        """,
        """
        x = "\U0000d83d\U0000de00", "\ud83d" "\ude00", u"\udbff\udfff", b"\ud800", r"\ud800\udc00"
        y = f"{x}\ud800\udc00{x!r:\udc00>9}", "\ud800\udc00"[1], "\ud800\udc00"[::-1], len("\ud800\udc00")
        """,
    };

    [Theory]
    [MemberData(nameof(FrontEndSources))]
    public void ParsesLikeCPython(string source) => OracleComparison.AssertSameTree(source);

    [Theory]
    [MemberData(nameof(FrontEndSources))]
    public void CompilesLikeCPython(string source) => CompilerTests.AssertCompilesLikeCPython(source);

    public static TheoryData<string> Programs => new()
    {
        """
        a = "\ud800\udfff"
        b = "\U000103ff"
        c = "\ud800"
        d = "\U0000dc00"
        e = f"x{c}y\udc80{a!r}"
        print(len(a), len(b), len(c), len(d), len(e), repr(e), ascii(e))
        print(a == b, a != b, a < b, c < "\ue000", c > "\uffff", "\U00010000" > c)
        print(sorted([b, a, c, d, "\ue000", "z", "\U0010ffff"]) == sorted([b, a, c, d, "\ue000", "z", "\U0010ffff"], key=ord if False else None))
        print([ascii(x) for x in sorted([b, a, c, d, "\ue000", "z", "\U0010ffff"])])
        print(ascii(a[0]), ascii(a[1]), ascii(a[::-1]), ascii(a[1:]), ascii((c + d)), len(c + d), ord((c + d)[1]))
        print(ascii("-".join([c, d, a])), ascii("a\ud800b\ud800c".split("\ud800")), ascii(list(a)))
        print(hash(c) == hash(chr(0xd800)), hash(a) == hash(c + "\udfff"), chr(0xd800) == c)
        print(ascii(chr(0xdfff) + chr(0xd800)), ascii(str(reversed(a))[:0]), ascii("".join(reversed(a))))
        print(c.encode("utf-8", "surrogatepass"), (c + d).encode("utf-16-le", "surrogatepass"), "x\udc80".encode("utf-8", "surrogateescape"))
        raw = b"caf\xe9 \xff\xfe ok"
        s = raw.decode("utf-8", "surrogateescape")
        print(ascii(s), len(s), s.encode("utf-8", "surrogateescape") == raw, ascii(s.upper()), s.isprintable(), c.isalpha())
        print(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass") == "\ud800\udc00", ascii(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass")))
        try:
            a.encode()
        except UnicodeEncodeError as ex:
            print("err", ex)
        try:
            ("ok" + c).encode("ascii")
        except UnicodeEncodeError as ex:
            print("err", ex)
        print(ascii(a.replace("\udfff", "!")), a.find("\udfff"), a.count("\ud800"), ascii(a.center(6, "\udc00")), ascii("%c|%s" % (0xd801, c)))
        print(ascii(format(0xdc01, "c")), ascii("{:\udc00>4}".format("x")), ascii(str.maketrans({"a": "\ud800"})), ascii("abc".translate({ord("b"): 0xdfff})))
        print({c: 1, a: 2}[chr(0xd800)], c in {chr(0xd800)}, "\ud800" in a, "\udfff\ud800" in a + a, a.startswith(c), ascii(a.partition("\udfff")))
        print(ascii(repr(a)), ascii(str([a, c])), "\ud83d\ude00" == "\U0001f600", len("\ud83d\ude00"), "{!a}".format(a), ascii(a * 2), ascii(max(a)), ascii(min(a)))
        """,
        """
        import json
        hi, lo = "\ud83d", "\ude00"
        s = "a" + hi + lo + "b\udc80c"
        print(len(s), ascii(s), s == "a\U0001f600b\udc80c", ascii(s[1:3]), ascii(s[-3:]), s.index(lo), s.rfind("\udc80"))
        print(ascii(s.upper()), ascii(s.lower()), ascii(s.swapcase()), ascii(s.title()), ascii(s.capitalize()), ascii(s.casefold()))
        print(ascii(s.strip("a\udc80c")), ascii((hi + "x" + lo).split("x")), ascii(s.rsplit(hi, 1)), ascii((hi + "\n" + lo).splitlines()))
        print(ascii(json.dumps(s)), ascii(json.dumps([hi, lo], ensure_ascii=False)), ascii(json.loads('"\\ud83d\\ude00 \\ud800"')))
        print(("%r|%a|%5s|" % (hi, lo, "\udfff")).replace("\udfff", "#"), ascii("%-4s|" % hi))
        print(ascii(f"{hi:>3}{lo:*^5}"), ascii(f"{hi!a}"), ascii(str((hi, lo))), ascii(hi.join("xyz")))
        for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
            data = ("A\U0001f600" + "\ud800").encode(enc, "surrogatepass")
            back = data.decode(enc, "surrogatepass")
            print(enc, data.hex(), ascii(back), back == "A\U0001f600\ud800", ascii("x\ud800".encode(enc, "replace")), "x\ud800".encode(enc, "backslashreplace"))
        for bad, enc in [(b"\x00\xd8x\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"ab\x00", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xc0ok", "utf-8"), (b"\xed\xa0\x80", "utf-8")]:
            try:
                print(ascii(bad.decode(enc)))
            except UnicodeDecodeError as e:
                print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
            print(ascii(bad.decode(enc, "replace")), ascii(bad.decode(enc, "ignore")), ascii(bad.decode(enc, "backslashreplace")))
        for text, enc, errors in [("x\ud800\udc00y", "utf-8", "strict"), ("x\udc80\ud800", "utf-8", "surrogateescape"), ("\u20ac\u20acz", "ascii", "strict"), ("x\udcff", "latin-1", "surrogateescape"), ("x\ud800", "latin-1", "surrogatepass"), ("é\ud800", "ascii", "xmlcharrefreplace")]:
            try:
                print(text.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(type(e).__name__, e, e.start, e.end, e.reason, ascii(e.object))
        print(sorted(["\ud800", "\uffff", "\U00010000", "\ue000", "\udbff\udfff", "\U0010ffff"], key=lambda x: [ord(c) for c in x]) == sorted(["\ud800", "\uffff", "\U00010000", "\ue000", "\udbff\udfff", "\U0010ffff"]))
        print(ascii(max(["\ud800", "\uffff", "\U00010000"])), ascii(min("\U00010000\ud800\uffff")), "\ud800" < "\U00010000", "\udfff" > "\ud7ff", "\ud800\udc00" < "\U00010000")
        print(hash("\ud800") == hash(chr(55296)), {hash(x) for x in ["\ud800\udc00", "\ud800" + "\udc00"]}.__len__(), "\ud800\udc00".isprintable(), "\ud800".isidentifier(), "\udc80".isspace())
        print(repr(hash("\ud800")), repr(hash("a\ud800")), repr(hash("\U0001f600\ud800")), repr(hash("\udc80\xe9")))
        """,
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void RunsLikeCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: false));

    [Fact]
    public void TracedLocalsShowTheEscapes() =>
        Assert.Null(VmRunner.CompareWithOracle("s = '\\ud800' + chr(0xdc00)\nt = s[::-1]\nu = [s, t, s < t]\n", trace: true));

    /// <summary>Marshal writes a surrogate code point as its three UTF-8 bytes (surrogatepass), each on its own.</summary>
    [Fact]
    public void MarshalPassesSurrogatesOneByOne()
    {
        var text = StringLiteralOf("\\ud800\\udfff");
        var bytes = SurrogatePass.Encode(text);
        Assert.Equal(new byte[] { 0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF }, bytes);
        Assert.Equal(text, SurrogatePass.Decode(bytes));
        Assert.Equal("\U000103FF", SurrogatePass.Decode(new byte[] { 0xF0, 0x90, 0x8F, 0xBF }));
    }

    /// <summary>The stand-ins hold: chr and ord round-trip every surrogate; the repr escapes it.</summary>
    [Fact]
    public void EverySurrogateRoundTrips()
    {
        for (var cp = 0xD800; cp <= 0xDFFF; cp++)
        {
            var text = Surrogates.ToText(cp);
            Assert.Equal(cp, Surrogates.CodePointAt(text, 0, out var units));
            Assert.Equal(2, units);
            Assert.True(Surrogates.Contains("x" + text));
            Assert.Equal($"'\\u{cp:x4}'", PyRepr.Str(text));
        }
        Assert.False(Surrogates.Contains("plain \U0001F600 \uDBFC"));
    }

    /// <summary>The real stdout encodes as UTF-8: printing a surrogate fails after the pieces before it.</summary>
    [Fact]
    public void PrintingASurrogateFailsToEncode()
    {
        var result = VmRunner.Run("print('ok')\nprint('a', 'b\\ud800\\udc00', 'c')\n");
        Assert.Equal("ok\na ", result.Stdout);
        Assert.Equal("UnicodeEncodeError", result.Exception!.Type);
        Assert.Equal("'utf-8' codec can't encode characters in position 1-2: surrogates not allowed", result.Exception.Message);
    }

    private static string StringLiteralOf(string escaped)
    {
        var tree = Engine.Parser.PythonParser.Parse($"'{escaped}'\n").Tree!;
        var constant = (Constant)((ExprStmt)((Module)tree).Body[0]).Value;
        return ((StrConstant)constant.Value).Value;
    }
}
