using System.Runtime.InteropServices;

namespace Engine.Runtime.Modules;

/// <summary>
/// The C library's math functions: CPython's math module calls the system libm, and .NET lacks
/// some of them (erf, cbrt...) or computes them as a naive formula (double.LogP1), so calling
/// libm itself gives CPython's results to the last bit.
/// </summary>
internal static class Libm
{
    private const string Library = "libm.so.6";

    [DllImport(Library)] public static extern double erf(double x);
    [DllImport(Library)] public static extern double erfc(double x);
    [DllImport(Library)] public static extern double log1p(double x);
    [DllImport(Library)] public static extern double expm1(double x);
    [DllImport(Library)] public static extern double cbrt(double x);
    [DllImport(Library)] public static extern double exp2(double x);
    [DllImport(Library)] public static extern double nextafter(double x, double y);
    [DllImport(Library)] public static extern double sin(double x);
    [DllImport(Library)] public static extern double cos(double x);
    [DllImport(Library)] public static extern double tan(double x);
    [DllImport(Library)] public static extern double asin(double x);
    [DllImport(Library)] public static extern double acos(double x);
    [DllImport(Library)] public static extern double atan(double x);
    [DllImport(Library)] public static extern double atan2(double y, double x);
    [DllImport(Library)] public static extern double hypot(double x, double y);
    [DllImport(Library)] public static extern double sinh(double x);
    [DllImport(Library)] public static extern double cosh(double x);
    [DllImport(Library)] public static extern double tanh(double x);
    [DllImport(Library)] public static extern double asinh(double x);
    [DllImport(Library)] public static extern double acosh(double x);
    [DllImport(Library)] public static extern double atanh(double x);
    [DllImport(Library)] public static extern double exp(double x);
    [DllImport(Library)] public static extern double log(double x);
    [DllImport(Library)] public static extern double log2(double x);
    [DllImport(Library)] public static extern double log10(double x);
    [DllImport(Library)] public static extern double pow(double x, double y);
    [DllImport(Library)] public static extern double fmod(double x, double y);
}
