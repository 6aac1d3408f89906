namespace Engine.VM;

/// <summary>traceback._display_width: the columns the first characters of a line take on a
/// terminal, East Asian wide and fullwidth characters counting two.</summary>
internal static class DisplayWidth
{
    public static int Of(int[] line, int offset)
    {
        if (SourceText.IsAscii(line)) return offset;
        var width = 0;
        for (var i = 0; i < Math.Min(offset, line.Length); i++) width += IsWide(line[i]) ? 2 : 1;
        return width;
    }

    private static bool IsWide(int cp)
    {
        var starts = WideRuns.Starts;
        var index = starts.BinarySearch(cp);
        // The number of flips at or below cp: odd means inside a wide run.
        var flips = index >= 0 ? index + 1 : ~index;
        return flips % 2 == 1;
    }
}
