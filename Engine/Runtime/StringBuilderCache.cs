using System.Text;

namespace Engine.Runtime;

/// <summary>
/// One StringBuilder kept per thread for the text a formatting operation builds ('%' formatting
/// runs once per line a program prints): a new builder and its buffer were most of what such an
/// operation allocated besides its answer. A nested use (a __str__ that formats, run from inside
/// a format) takes a builder of its own; a builder grown large is not kept.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxKept = 1024;

    [ThreadStatic] private static StringBuilder? _kept;

    public static StringBuilder Acquire(int capacity)
    {
        var sb = _kept;
        if (sb is null || capacity > sb.Capacity) return new StringBuilder(capacity);
        _kept = null;
        sb.Clear();
        return sb;
    }

    /// <summary>The builder's text; the builder is kept for the next <see cref="Acquire"/>.</summary>
    public static string Release(StringBuilder sb)
    {
        var text = sb.ToString();
        if (sb.Capacity <= MaxKept) _kept = sb;
        return text;
    }
}
