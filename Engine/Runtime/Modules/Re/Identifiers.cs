using Engine.Tokenizer;

namespace Engine.Runtime.Modules.Re;

/// <summary>str.isidentifier() for group names, from the tokenizer's tables.</summary>
internal static class Identifiers
{
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0) return false;
        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            if (first ? !UnicodeTables.IsIdentifierStartWord(rune.Value) : !UnicodeTables.IsWord(rune.Value)) return false;
            first = false;
        }
        return true;
    }
}
