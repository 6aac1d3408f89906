using System.Diagnostics;
using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.Runtime;

/// <summary>The re module against CPython 3.11: matching semantics, templates, flags, and re.error's messages.</summary>
public class ReModuleTests
{
    public static TheoryData<string> Programs => new()
    {
        // _sre's empty-match rule (3.7+): an empty match may follow a non-empty one at the same place.
        "import re\nprint(re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'), re.findall(r'\\b|a', 'a a'))\nprint(list(re.finditer(r'x*', 'axxb')))\n",
        // $ before a final newline, \\Z, MULTILINE, DOTALL, scoped and global inline flags, {,n}.
        "import re\nprint(re.search('$', 'ab\\n').span(), re.search(r'\\Z', 'ab\\n').span(), re.findall('^\\\\w+$', 'a\\nbb\\n', re.M))\nprint(re.findall('a.b', 'a\\nb', re.S), re.search('(?i:ab)C', 'ABc'), re.findall('(?i)x', 'xX'), re.findall('a{,2}', 'aaaa'))\n",
        // Groups: names, defaults, lastindex/lastgroup, conditionals, backreferences, possessive and atomic.
        "import re\nm = re.match(r'(?P<a>x)(y)?(?P<c>z)', 'xz')\nprint(m, m.groups('-'), m.groupdict(), m.lastindex, m.lastgroup, m.span('c'), m['a'], m.group(1, 3), m.regs)\nprint(re.match('((a)b)', 'ab').lastindex, re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<q>.)(?P=q)', 'xx'), re.findall('a++', 'aaa'), re.match('(?>a+)a', 'aaa'))\n",
        // sub templates and callables, subn, count, split with groups and maxsplit, escape.
        "import re\nprint(re.subn(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2'), re.sub(r'(?P<w>\\w+)', r'<\\g<w>|\\g<0>>', 'hi yo', count=1))\nprint(re.sub(r'\\d+', lambda m: str(int(m[0]) * 2), 'a1 b22'), re.split(r'(,)\\s*', 'a, b,c'), re.split(r'\\W+', 'x, y, z', 1), re.escape('a.b c*'))\n",
        // Unicode and ASCII classes; Pattern attributes and repr; flags' repr.
        "import re\nprint(re.findall(r'\\w+', 'héllo wörld'), re.findall(r'\\w+', 'héllo', re.A), re.findall(r'\\s', '\\x1c \\t'))\np = re.compile(r'(?P<k>\\d+)', re.I | re.M)\nprint(p, p.flags, p.groups, p.groupindex, p.pattern, re.I | re.S, re.X)\n",
        // re.error: messages, positions, lineno and colno.
        "import re\nfor pat in ['(', 'a**', '*a', '[a', 'a)', r'\\q', '(?P<1>a)', 'a{3,2}', '(?<=a+)b', r'(a)\\2', '(?z)', 'x(?i)y', '[z-a]', 'ab\\n(']:\n    try:\n        re.compile(pat)\n    except re.error as e:\n        print(repr(pat), e, e.pos, e.lineno, e.colno)\n",
        "import re\nre.sub('(a)', r'\\2', 'a')\n",
        "import re\nprint(re.compile('[').pattern)\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: false));

    [Fact]
    public void CatastrophicBacktrackingMeetsTheTimeLimit()
    {
        var clock = Stopwatch.StartNew();
        var r = VmRunner.Run("import re\nprint(re.match(r'(a+)+$', 'a' * 64 + 'b'))\n", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal(ExecutionStatus.TimeLimitExceeded, r.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
    }
}
