using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>The builtin types' methods and the builtins module against CPython's recorded answers.</summary>
public class BuiltinTypesTests
{
    public static TheoryData<string> Programs => new()
    {
        // int, float and complex methods
        "print((255).to_bytes(2, 'little'), int.from_bytes(b'\\x01\\x00', 'big'), (-1).to_bytes(2, 'big', signed=True), (10).bit_count())\nprint((3.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.999999999999ap-4'), (1+2j).conjugate(), float(10 ** 308))\nprint(float.hex(-0.0), float.hex(5e-324), float.fromhex('-0x1p-1074'), (2**70).to_bytes(9, 'big'))\n(256).to_bytes(1, 'big')\n",
        // slot wrappers and dict.fromkeys
        "print(dict.fromkeys('abc', 0), [3, 1, 2].__getitem__(1), int.__add__(2, 3), (5).__radd__(1), int.__add__(1, 2.0))\nprint(str.__len__('hello'), object.__eq__(1, 1), list.__len__([1, 2]), 'abc'.__contains__('b'), (2.5).__round__(), (7).__divmod__(2))\nclass L(list):\n    def __getitem__(self, i):\n        return super().__getitem__(i) * 10\nprint(L([1, 2])[1], min(range(3), key=[5, 1, 7].__getitem__))\nint.__add__('a', 1)\n",
        // bytes and str codecs
        "print(b'hello world'.split(), b'abc'.hex(), bytes.fromhex('de ad'), b'a,b'.split(b','), b'Hi'.upper(), 'h\\u00e9llo'.encode(), b'h\\xc3\\xa9'.decode())\nprint('abc'.translate(str.maketrans('ab', 'xy')), 'Hello World'.istitle(), 'a\\tb'.expandtabs(4), b'\\xff'.decode('utf-8', 'replace'))\nbytes.fromhex('zz')\n",
        // exec, eval, compile, namespaces, iter with a sentinel
        "print(eval('1 + 2'), eval('x * 2', {'x': 21}))\nexec(\"y = 5\\nprint('exec', y)\")\nprint(y)\ndef f(a, b=2):\n    c = a + b\n    return locals()\nprint(f(1))\ncode = compile('z = 9', '<string>', 'exec')\nexec(code)\nprint(z, list(iter([1, 2, 3, 0, 4].pop, 3)), next(iter([]), 'dflt'))\nd = {'a': 1}\nd |= {'b': 2}\nprint(d, d.keys() & {'a', 'q'}, d.keys() - {'a'})\neval('undefined_name')\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source)
    {
        Assert.Null(VmRunner.CompareWithOracle(source, trace: false));
    }
}
