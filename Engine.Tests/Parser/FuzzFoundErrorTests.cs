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
}
