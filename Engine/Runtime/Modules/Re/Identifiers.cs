using Engine.Tokenizer;

namespace Engine.Runtime.Modules.Re;

/// <summary>str.isidentifier() for group names, the tokenizer's PEP 3131 tables.</summary>
internal static class Identifiers
{
    public static bool IsIdentifier(string name) => UnicodeTables.IsIdentifier(name);
}
