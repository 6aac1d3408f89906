using System.Globalization;

namespace Engine.Runtime.Modules;

/// <summary><c>_textwrap</c>: the chunking of textwrap.TextWrapper._split, which CPython does with
/// its wordsep_re / wordsep_simple_re regular expressions; here a scan with the same rules, so a
/// long text costs no Python steps per character.</summary>
public static class TextWrapHelperModule
{
    private const string Whitespace = "\t\n\x0b\x0c\r ";

    public static PyModule Create()
    {
        var m = new ModuleBuilder("_textwrap", null);
        m.Function("split_words", (a, k) =>
        {
            ArgCheck.Exactly("split_words", a, k, 1);
            return Chunks(ArgCheck.Str("split_words", a[0]), SplitWords);
        });
        m.Function("split_spaces", (a, k) =>
        {
            ArgCheck.Exactly("split_spaces", a, k, 1);
            return Chunks(ArgCheck.Str("split_spaces", a[0]), SplitSpaces);
        });
        return m.Module;
    }

    private static PyList Chunks(PyStr text, Func<int[], List<(int, int)>> split)
    {
        var cps = new int[text.Length];
        for (var i = 0; i < cps.Length; i++) cps[i] = text.CodePointAt(i);
        var list = new PyList();
        foreach (var (start, end) in split(cps))
        {
            RuntimeContext.Current.Tick();
            list.Items.Add(PyStr.From(text.Substring(start, end - start)));
        }
        return list;
    }

    private static bool IsSpace(int c) => c < 128 && Whitespace.Contains((char)c);

    private static UnicodeCategory Category(int c) => CharUnicodeInfo.GetUnicodeCategory(c);

    /// <summary>\w: what str.isalnum() accepts, and '_'.</summary>
    private static bool IsWord(int c)
    {
        if (c == '_') return true;
        return Category(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>[^\d\W]: a word character that is not a decimal digit.</summary>
    private static bool IsLetter(int c) => IsWord(c) && Category(c) != UnicodeCategory.DecimalDigitNumber;

    private static bool IsWordPunct(int c) => IsWord(c) || c is '!' or '"' or '\'' or '&' or '.' or ',' or '?';

    private static int DashRun(int[] t, int i)
    {
        var j = i;
        while (j < t.Length && t[j] == '-') j++;
        return j - i;
    }

    /// <summary>Two or more dashes at j with a word character after them.</summary>
    private static bool EmDashAt(int[] t, int j)
    {
        var run = DashRun(t, j);
        return run >= 2 && j + run < t.Length && IsWord(t[j + run]);
    }

    /// <summary>wordsep_re: whitespace runs, em-dashes between words, and words, a hyphenated word
    /// ending after each hyphen that has letters on both sides.</summary>
    private static List<(int, int)> SplitWords(int[] t)
    {
        var chunks = new List<(int, int)>();
        var n = t.Length;
        var i = 0;
        while (i < n)
        {
            int j;
            if (IsSpace(t[i]))
            {
                j = i + 1;
                while (j < n && IsSpace(t[j])) j++;
            }
            else if (t[i] == '-' && i > 0 && IsWordPunct(t[i - 1]) && EmDashAt(t, i))
            {
                j = i + DashRun(t, i);
            }
            else
            {
                // The shortest run of non-whitespace that ends a word.
                j = i + 1;
                while (true)
                {
                    if (j < n && t[j] == '-')
                    {
                        var after = j + 1;
                        var behind = (j >= 2 && IsLetter(t[j - 2]) && IsLetter(t[j - 1]))
                            || (j >= 3 && IsLetter(t[j - 3]) && t[j - 2] == '-' && IsLetter(t[j - 1]));
                        var ahead = after < n && IsLetter(t[after])
                            && ((after + 1 < n && IsLetter(t[after + 1])) || (after + 2 < n && t[after + 1] == '-' && IsLetter(t[after + 2])));
                        if (behind && ahead) { j = after; break; }
                    }
                    if (j >= n || IsSpace(t[j])) break;
                    if (IsWordPunct(t[j - 1]) && EmDashAt(t, j)) break;
                    j++;
                }
            }
            chunks.Add((i, j));
            i = j;
        }
        return chunks;
    }

    /// <summary>wordsep_simple_re: whitespace runs and the text between them.</summary>
    private static List<(int, int)> SplitSpaces(int[] t)
    {
        var chunks = new List<(int, int)>();
        var i = 0;
        while (i < t.Length)
        {
            var space = IsSpace(t[i]);
            var j = i + 1;
            while (j < t.Length && IsSpace(t[j]) == space) j++;
            chunks.Add((i, j));
            i = j;
        }
        return chunks;
    }
}
