using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>bytearray and memoryview against CPython's recorded answers.</summary>
public class ByteArrayTests
{
    public static TheoryData<string> Programs => new()
    {
        // construction, repr, indexing, mutation
        "ba = bytearray(b'hello world')\nprint(ba, len(ba), ba[0], ba[-1], ba[1:4], ba[::2], bytearray(3), bytearray([1, 2]), bytearray('h\\u00e9', 'utf-8'))\nba[0] = 72\nba[6:11] = b'there'\nba.append(33); ba.extend([10, 11]); ba.insert(0, 62)\nprint(ba, ba.pop(), ba.pop(0), ba)\nba.remove(33); del ba[0]; del ba[::3]; ba.reverse()\nprint(ba, ba.copy(), list(ba), 99 in ba, b'er' in ba)\nba[::2] = b'1'\n",
        // operators and bytes methods returning bytearray
        "y = bytearray(b'ab'); y += b'cd'; y *= 2\nprint(y, y * 2, b'x' + y, y + b'x', y == b'abcdabcd', b'abcdabcd' == y, y < b'b')\nprint(y.upper(), y.split(b'c'), y.partition(b'b'), y.find(b'c'), y.count(97), y.replace(b'a', b'zz'), y.strip(b'ad'))\nprint(y.decode(), y.hex(), bytearray.fromhex('de ad'), bytes(y), bytearray(b'%d-%s') % (5, b'x'), y.join([b'1', b'2']))\nhash(y)\n",
        // errors
        "for bad in [lambda: bytearray('x'), lambda: bytearray(-1), lambda: bytearray([300]), lambda: bytearray(1.5), lambda: bytearray().pop(), lambda: bytearray(b'a').remove(1), lambda: bytearray(b'a') + 's', lambda: bytearray(b'a')[5]]:\n    try:\n        bad()\n    except Exception as e:\n        print(type(e).__name__, e)\nbytearray(b'a').append(256)\n",
        // memoryview
        "m = memoryview(b'abcdef')\nprint(len(m), m[0], m[1:3].tobytes(), m.tolist(), m.format, m.itemsize, m.readonly, m.nbytes, m == b'abcdef', m[::2].tobytes(), m.hex())\nwith memoryview(bytearray(b'xyz')) as mv:\n    mv[0] = 65\n    print(mv.tobytes(), mv.readonly, mv.obj)\nm.release()\nlen(m)\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source)
    {
        Assert.Null(VmRunner.CompareWithOracle(source, trace: false));
    }
}
