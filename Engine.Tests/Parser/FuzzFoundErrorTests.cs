namespace Engine.Tests.Parser;

/// <summary>Errors tools/fuzz.py's mutations found differing from CPython 3.11: a non-ASCII character
/// right after a number (3.11's verify_end_of_number lets it through: a NAME, "invalid syntax"), and
/// where a malformed \N escape ends in the decoder's message.</summary>
public class FuzzFoundErrorTests
{
    [Theory]
    [InlineData("total = 0\u212b\n")]
    [InlineData("x = 1\u00e9\n")]
    [InlineData("x = 0x1\u00e9\n")]
    [InlineData("x = 1.5\u00e9\n")]
    [InlineData("x = 1j\u00e9\n")]
    [InlineData("x = 0o7\u00e9\n")]
    [InlineData("x = 1e5\u00e9\n")]
    [InlineData("x = 00\u00e9\n")]
    [InlineData("x = 1_0\u00e9\n")]
    [InlineData("x = .5\u00e9\n")]
    [InlineData("x = 0\u20ac\n")]
    [InlineData("x = 1abc\n")]
    [InlineData("x = \"\\N{n\"\n")]
    [InlineData("x = \"\\N{\"\n")]
    [InlineData("x = \"\\N\"\n")]
    [InlineData("x = \"\\Nab\"\n")]
    [InlineData("x = \"\\N{}\"\n")]
    [InlineData("x = \"ab\\N{n\\x\"\n")]
    [InlineData("x = f\"\\N{n\"\n")]
    [InlineData("x = \"\u00e9\\N{n\"\n")]
    [InlineData("x = \"\u00e9\u00e9\\x4\"\n")]
    [InlineData("x = \"\U0001D400\\N{nope}\"\n")]
    [InlineData("x = \"\u00e9\\U00110000\"\n")]
    [InlineData("x = \"ab\\u12\u00e9\"\n")]
    [InlineData("exec(\"while True:\\n    pass\\'\\N{n\")\n")]
    public void SameErrorAsCPython(string source) => OracleComparison.AssertSameError(source);

    /// <summary>Rules whose exact conditions keep CPython from a specific message: SOFT_KEYWORD matches any
    /// prefix of "match"/"case" (strncmp over the NAME's length), param_no_default needs ',' or ')' after
    /// the parameter, "expected 'except' or 'finally' block" sits at the last token read.</summary>
    [Theory]
    [InlineData("print(m g(3))\n")]
    [InlineData("f(m c)\n")]
    [InlineData("f(ca c)\n")]
    [InlineData("f(mat c)\n")]
    [InlineData("f(matches c)\n")]
    [InlineData("f(b c)\n")]
    [InlineData("f(_ c)\n")]
    [InlineData("print(math.pow(2, 10), m math.pow(2.5, -1.5))\n")]
    [InlineData("def f(a=1, b c): pass\n")]
    [InlineData("def f(a=1, er from . import *rors: str = 2): pass\n")]
    [InlineData("def f(a=1, b): pass\n")]
    [InlineData("def f(a=1, b=2, c d): pass\n")]
    [InlineData("def f(a=1, b, c=3): pass\n")]
    [InlineData("lambda a=1, b c: 0\n")]
    [InlineData("lambda a=1, b: 0\n")]
    [InlineData("lambda a=1, b, c=2: 0\n")]
    [InlineData("def f():\n    try:\n        y\nz = 1\n")]
    [InlineData("if x:\n    try:\n        y\n    # c\n\nelif z:\n    pass\n")]
    [InlineData("try:\n    y\nz = 1\n")]
    [InlineData("def f():\n    try:\n        y\n")]
    [InlineData("class A:\n    def f(self):\n        pass\n\n    @proper")] // "unexpected unindent" at the end of input
    [InlineData("class A:\n    @proper\n")]
    [InlineData("class A:\n    @proper\n\n\n")]
    [InlineData("class A:\n    @proper   # c")]
    [InlineData("if x:\n    @proper")]
    public void RuleConditionsAsCPython(string source) => OracleComparison.AssertSameError(source);

    /// <summary>A decimal literal of zeros only is 0 whatever its length: no digit limit (PyLong_FromString skips them).</summary>
    [Fact]
    public void LongZeroLiteralIsNotOverTheDigitLimit()
    {
        OracleComparison.AssertSameTree(new string('0', 5000) + "\n");
        OracleComparison.AssertSameTree(string.Concat(Enumerable.Repeat("0_0", 2000)) + "\n");
        OracleComparison.AssertSameError("1" + new string('0', 4300) + "\n");
        foreach (var zeros in new[] { "0_0", "0_00_0", "0_0_0", "00_0", "0_0j", "0_0.5", "0_0e1" })
            OracleComparison.AssertSameTree(zeros + "\n");
        foreach (var bad in new[] { "0_", "0__0", "0_5", "0_0_\n", "0_x" })
            OracleComparison.AssertSameError(bad + "\n");
    }
}
