using System.Text;

namespace Engine.Runtime.Modules;

/// <summary>
/// time.strftime as glibc formats in the C locale (what the oracle's CPython calls): every
/// conversion of the C standard and of POSIX, with glibc's %e %k %l %P %s and friends.
/// </summary>
public static class Strftime
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"];

    /// <param name="f">tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday (Monday 0), tm_yday, tm_isdst.</param>
    public static string Format(string format, int[] f, string zone)
    {
        int year = f[0], month = f[1], mday = f[2], hour = f[3], minute = f[4], second = f[5], wday = f[6], yday = f[7];
        var sunday0 = (wday + 1) % 7;
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                text.Append(c);
                continue;
            }
            var d = format[++i];
            switch (d)
            {
                case 'a': text.Append(Days[Mod(wday, 7)][..3]); break;
                case 'A': text.Append(Days[Mod(wday, 7)]); break;
                case 'b': case 'h': text.Append(Months[Mod(month - 1, 12)][..3]); break;
                case 'B': text.Append(Months[Mod(month - 1, 12)]); break;
                case 'c': text.Append(Format("%a %b %e %H:%M:%S %Y", f, zone)); break;
                case 'C': text.Append((year / 100).ToString("00")); break;
                case 'd': text.Append(mday.ToString("00")); break;
                case 'D': case 'x': text.Append(Format("%m/%d/%y", f, zone)); break;
                case 'e': text.Append(mday.ToString().PadLeft(2)); break;
                case 'F': text.Append(Format("%Y-%m-%d", f, zone)); break;
                case 'g': text.Append(Mod(IsoYear(year, yday, wday), 100).ToString("00")); break;
                case 'G': text.Append(IsoYear(year, yday, wday)); break;
                case 'H': text.Append(hour.ToString("00")); break;
                case 'I': text.Append(Hour12(hour).ToString("00")); break;
                case 'j': text.Append(yday.ToString("000")); break;
                case 'k': text.Append(hour.ToString().PadLeft(2)); break;
                case 'l': text.Append(Hour12(hour).ToString().PadLeft(2)); break;
                case 'm': text.Append(month.ToString("00")); break;
                case 'M': text.Append(minute.ToString("00")); break;
                case 'n': text.Append('\n'); break;
                case 'p': text.Append(hour < 12 ? "AM" : "PM"); break;
                case 'P': text.Append(hour < 12 ? "am" : "pm"); break;
                case 'r': text.Append(Format("%I:%M:%S %p", f, zone)); break;
                case 'R': text.Append(Format("%H:%M", f, zone)); break;
                case 's': text.Append((long)StructTime.MkTime(f)); break;
                case 'S': text.Append(second.ToString("00")); break;
                case 't': text.Append('\t'); break;
                case 'T': case 'X': text.Append(Format("%H:%M:%S", f, zone)); break;
                case 'u': text.Append(wday + 1); break;
                case 'U': text.Append(((yday - 1 + 7 - sunday0) / 7).ToString("00")); break;
                case 'V': text.Append(IsoWeek(year, yday, wday).ToString("00")); break;
                case 'w': text.Append(sunday0); break;
                case 'W': text.Append(((yday - 1 + 7 - wday) / 7).ToString("00")); break;
                case 'y': text.Append(Mod(year, 100).ToString("00")); break;
                case 'Y': text.Append(year); break;
                case 'z': text.Append("+0000"); break;
                case 'Z': text.Append(zone); break;
                case '%': text.Append('%'); break;
                default: text.Append('%').Append(d); break;
            }
        }
        return text.ToString();
    }

    private static int Mod(int a, int b) => ((a % b) + b) % b;

    private static int Hour12(int hour) => hour % 12 == 0 ? 12 : hour % 12;

    private static bool IsLeap(int y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>The ISO 8601 week number (%V) of a day given by its year, day of the year (1-based) and weekday (Monday 0).</summary>
    private static int IsoWeek(int year, int yday, int wday)
    {
        var week = (yday - 1 - wday + 10) / 7;
        if (week < 1) return WeeksIn(year - 1);
        if (week > WeeksIn(year)) return 1;
        return week;
    }

    private static int IsoYear(int year, int yday, int wday)
    {
        var week = (yday - 1 - wday + 10) / 7;
        if (week < 1) return year - 1;
        if (week > WeeksIn(year)) return year + 1;
        return year;
    }

    private static int WeeksIn(int year)
    {
        // A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
        var jan1 = (int)(new DateTime(Math.Clamp(year, 1, 9999), 1, 1).DayOfWeek + 6) % 7;
        return jan1 == 3 || (jan1 == 2 && IsLeap(year)) ? 53 : 52;
    }
}
