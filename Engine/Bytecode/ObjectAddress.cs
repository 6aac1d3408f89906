using System.Text.RegularExpressions;

namespace Engine.Bytecode;

/// <summary>
/// The contract writes every object address " at 0x?". Our own reprs do so already; but the oracle
/// rewrites each " at 0x&lt;hex&gt;" anywhere in its text (cpython.py's norm), a string constant
/// that happens to contain one included, so the contract's outputs pass through the same rewrite.
/// </summary>
public static partial class ObjectAddress
{
    public static string Normalize(string text) => text.Contains(" at 0x", StringComparison.Ordinal)
        ? Address().Replace(text, " at 0x?")
        : text;

    [GeneratedRegex(" at 0x[0-9a-fA-F]+")]
    private static partial Regex Address();
}
