namespace Engine.Tests.Parser;

/// <summary>
/// A line continuation inside a line's indentation (found by tools/fuzz.py): tokenizer.c reads it
/// in its indentation loop, so the first backslash's column (when not 0) is the indentation of
/// the line that follows, a blank or comment line after it is still ignored, and an error is
/// reported on the line after the backslash. Compared with CPython 3.11.
/// </summary>
public class BackslashIndentationTests
{
    [Theory]
    [InlineData("if x:\n    y = 1\n  \\\n    z = 2\n")]           // column 2 does not match: unindent
    [InlineData("if x:\n    y = 1\n      \\\n    z = 2\n")]         // column 6: unexpected indent, on line 4
    [InlineData("if x:\n    y = 1\n  \\\nz = 2\n")]
    [InlineData("if x:\n    y = 1\n  \\\n  z = 2\n")]
    [InlineData("if x:\n    y = 1\n  \\\n    z = (1,\n2)\n")]
    [InlineData("if x:\n\ty = 1\n  \\\n\tz = 2\n")]
    [InlineData("if x:\n    y = 1\n  \\\n\\\n  z = 2\n")]         // the first backslash's column counts
    [InlineData("if x:\n    y = 1\n    \\ \n    z = 2\n")]         // not a continuation
    [InlineData("if x:\n    y = 1\n  \\\n")]                       // unexpected EOF, before any indentation check
    public void SameErrorAsCPython(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    [InlineData("if x:\n    y = 1\n\\\n    z = 2\n")]              // a backslash at column 0: the next line's indentation counts
    [InlineData("x = 1\n  \\\n\n")]                                // a blank line after the continuation
    [InlineData("if x:\n    y = 1\n  \\\n  \n")]
    [InlineData("def f():\n    y = 1\n  \\\n    # c\n    z = 2\n")] // a comment line after it
    [InlineData("if x:\n    y = 1\n    \\\n  \\\n    z = 2\n")]
    [InlineData("if x:\n    y = 1\n    \\\n    z = 2\n")]
    [InlineData("if x:\n    y = 1\n  \\\n   ")]                     // end of input: column 0
    [InlineData("x = (1,\n  \\\n 2)\n")]
    [InlineData("if x:\n  \\\n    y = 1\n")]
    public void SameTreeAsCPython(string source) => OracleComparison.AssertSameTree(source);
}
