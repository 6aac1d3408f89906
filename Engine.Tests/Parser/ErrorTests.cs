namespace Engine.Tests.Parser;

/// <summary>Broken sources: the same error type, line, offset and message as CPython 3.11.</summary>
public class ErrorTests
{
    [Theory]
    [InlineData("x\n  y\n")]
    [InlineData("if x:\n    y\n  z\n")]
    [InlineData("if x:\n\ty\n        z\n")]
    [InlineData("x = 1abc\n")]
    [InlineData("x = 0x\n")]
    [InlineData("x = 012\n")]
    [InlineData("x = 0o8\n")]
    [InlineData("x = \"abc\n")]
    [InlineData("x = \"\"\"abc\ndef\n")]
    [InlineData("x = (1,\n")]
    [InlineData("foo(\n  1,\n  2\n")]
    [InlineData("x = 1 \\ 2\n")]
    [InlineData("x = 1 + \\\n")]
    [InlineData("x = )\n")]
    [InlineData("x = (\n]\n")]
    [InlineData("x = \u20ac\n")]
    [InlineData("x = \u0cf3\n")]
    [InlineData("x = $\n")]
    [InlineData("f(a b)\n")]
    [InlineData("if x\n  y\n")]
    [InlineData("if x:\ny\n")]
    [InlineData("def f():\nreturn\n")]
    [InlineData("f() = 1\n")]
    [InlineData("a = f() = 1\n")]
    [InlineData("1 = x\n")]
    [InlineData("a, b += 1\n")]
    [InlineData("print \"hello\"\n")]
    [InlineData("f(a=1, b)\n")]
    [InlineData("f(x for x in y, 1)\n")]
    [InlineData("def f(a=1, b):\n  pass\n")]
    [InlineData("try:\n  pass\nexcept A, B:\n  pass\n")]
    [InlineData("x = 1 if 2\n")]
    [InlineData("'a' b'b'\n")]
    [InlineData("f\"{}\"\n")]
    [InlineData("f\"{x!z}\"\n")]
    [InlineData("x = '\\x4'\n")]
    [InlineData("[*x for x in y]\n")]
    [InlineData("from a import b,\n")]
    [InlineData("x = 1\0\n")]
    public void MatchesCPython(string source) => OracleComparison.AssertSameError(source);

    [Fact]
    public void TooManyNestedParentheses() => OracleComparison.AssertSameError(new string('(', 201) + new string(')', 201) + "\n");

    [Fact]
    public void TooManyIndentationLevels() =>
        OracleComparison.AssertSameError(string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if 1:\n")) + new string(' ', 101) + "pass\n");
}
