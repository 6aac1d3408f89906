namespace Engine.Bytecode;

/// <summary>
/// Identifier-like strings CPython 3.11 already holds interned, as another object than a fresh
/// literal, in the oracle's process before it compiles (InternedStrings.gen.py writes the list).
/// It decides whether _PyCode_New's interning rebuilds a frozenset constant, which can change its
/// order; the list stands for a process state, so it is the oracle's, not every interpreter's.
/// </summary>
internal static partial class InternedStrings
{
    private static readonly Lazy<HashSet<string>> Set = new(() =>
        [.. Words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    public static bool Contains(string s) => Set.Value.Contains(s);
}
