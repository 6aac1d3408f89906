using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>
/// cmathmodule.c's tables of results for an argument with an infinite or NaN part (C99 Annex G):
/// the row is the kind of the real part, the column that of the imaginary part, both in the order
/// of <see cref="Kind"/>. Cells written "u" are never read (a finite argument is computed).
/// </summary>
internal static class SpecialValues
{
    /// <summary>special_type: -inf, negative, -0.0, +0.0, positive, +inf, nan.</summary>
    public static int Kind(double d)
    {
        if (double.IsNaN(d)) return 6;
        if (double.IsInfinity(d)) return d > 0 ? 5 : 0;
        if (d != 0) return d > 0 ? 4 : 1;
        return double.IsNegative(d) ? 2 : 3;
    }

    public static Complex Lookup(Complex[,] table, Complex z) => table[Kind(z.Real), Kind(z.Imaginary)];

    public static Complex Lookup(Complex[,] table, double re, double im) => table[Kind(re), Kind(im)];

    public static readonly Complex[,] Acos = Table(
        "p34,i   p,i  p,i    p,-i    p,-i   p34,-i n,i",
        "p12,i   u    u      u       u      p12,-i n,n",
        "p12,i   u    p12,0  p12,-0  u      p12,-i p12,n",
        "p12,i   u    p12,0  p12,-0  u      p12,-i p12,n",
        "p12,i   u    u      u       u      p12,-i n,n",
        "p14,i   0,i  0,i    0,-i    0,-i   p14,-i n,i",
        "n,i     n,n  n,n    n,n     n,n    n,-i   n,n");

    public static readonly Complex[,] Acosh = Table(
        "i,-p34  i,-p  i,-p   i,p   i,p  i,p34 i,n",
        "i,-p12  u     u      u     u    i,p12 n,n",
        "i,-p12  u     0,-p12 0,p12 u    i,p12 n,n",
        "i,-p12  u     0,-p12 0,p12 u    i,p12 n,n",
        "i,-p12  u     u      u     u    i,p12 n,n",
        "i,-p14  i,-0  i,-0   i,0   i,0  i,p14 i,n",
        "i,n     n,n   n,n    n,n   n,n  i,n   n,n");

    public static readonly Complex[,] Asinh = Table(
        "-i,-p14 -i,-0 -i,-0 -i,0 -i,0 -i,p14 -i,n",
        "-i,-p12 u     u     u    u    -i,p12 n,n",
        "-i,-p12 u     -0,-0 -0,0 u    -i,p12 n,n",
        "i,-p12  u     0,-0  0,0  u    i,p12  n,n",
        "i,-p12  u     u     u    u    i,p12  n,n",
        "i,-p14  i,-0  i,-0  i,0  i,0  i,p14  i,n",
        "i,n     n,n   n,-0  n,0  n,n  i,n    n,n");

    public static readonly Complex[,] Atanh = Table(
        "-0,-p12 -0,-p12 -0,-p12 -0,p12 -0,p12 -0,p12 -0,n",
        "-0,-p12 u       u       u      u      -0,p12 n,n",
        "-0,-p12 u       -0,-0   -0,0   u      -0,p12 -0,n",
        "0,-p12  u       0,-0    0,0    u      0,p12  0,n",
        "0,-p12  u       u       u      u      0,p12  n,n",
        "0,-p12  0,-p12  0,-p12  0,p12  0,p12  0,p12  0,n",
        "0,-p12  n,n     n,n     n,n    n,n    0,p12  n,n");

    public static readonly Complex[,] Cosh = Table(
        "i,n u   i,0  i,-0 u   i,n i,n",
        "n,n u   u    u    u   n,n n,n",
        "n,0 u   1,0  1,-0 u   n,0 n,0",
        "n,0 u   1,-0 1,0  u   n,0 n,0",
        "n,n u   u    u    u   n,n n,n",
        "i,n u   i,-0 i,0  u   i,n i,n",
        "n,n n,n n,0  n,0  n,n n,n n,n");

    public static readonly Complex[,] Exp = Table(
        "0,0 u   0,-0 0,0 u   0,0 0,0",
        "n,n u   u    u   u   n,n n,n",
        "n,n u   1,-0 1,0 u   n,n n,n",
        "n,n u   1,-0 1,0 u   n,n n,n",
        "n,n u   u    u   u   n,n n,n",
        "i,n u   i,-0 i,0 u   i,n i,n",
        "n,n n,n n,-0 n,0 n,n n,n n,n");

    public static readonly Complex[,] Log = Table(
        "i,-p34 i,-p i,-p  i,p  i,p i,p34 i,n",
        "i,-p12 u    u     u    u   i,p12 n,n",
        "i,-p12 u    -i,-p -i,p u   i,p12 n,n",
        "i,-p12 u    -i,-0 -i,0 u   i,p12 n,n",
        "i,-p12 u    u     u    u   i,p12 n,n",
        "i,-p14 i,-0 i,-0  i,0  i,0 i,p14 i,n",
        "i,n    n,n  n,n   n,n  n,n i,n   n,n");

    public static readonly Complex[,] Sinh = Table(
        "i,n u   -i,-0 -i,0 u   i,n i,n",
        "n,n u   u     u    u   n,n n,n",
        "0,n u   -0,-0 -0,0 u   0,n 0,n",
        "0,n u   0,-0  0,0  u   0,n 0,n",
        "n,n u   u     u    u   n,n n,n",
        "i,n u   i,-0  i,0  u   i,n i,n",
        "n,n n,n n,-0  n,0  n,n n,n n,n");

    public static readonly Complex[,] Sqrt = Table(
        "i,-i 0,-i 0,-i 0,i 0,i i,i n,i",
        "i,-i u    u    u   u   i,i n,n",
        "i,-i u    0,-0 0,0 u   i,i n,n",
        "i,-i u    0,-0 0,0 u   i,i n,n",
        "i,-i u    u    u   u   i,i n,n",
        "i,-i i,-0 i,-0 i,0 i,0 i,i i,n",
        "i,-i n,n  n,n  n,n n,n i,i n,n");

    public static readonly Complex[,] Tanh = Table(
        "-1,0 u   -1,-0 -1,0 u   -1,0 -1,0",
        "n,n  u   u     u    u   n,n  n,n",
        "n,n  u   -0,-0 -0,0 u   n,n  n,n",
        "n,n  u   0,-0  0,0  u   n,n  n,n",
        "n,n  u   u     u    u   n,n  n,n",
        "1,0  u   1,-0  1,0  u   1,0  1,0",
        "n,n  n,n n,-0  n,0  n,n n,n  n,n");

    public static readonly Complex[,] Rect = Table(
        "i,n u   -i,0 -i,-0 u   i,n i,n",
        "n,n u   u    u     u   n,n n,n",
        "0,0 u   -0,0 -0,-0 u   0,0 0,0",
        "0,0 u   0,-0 0,0   u   0,0 0,0",
        "n,n u   u    u     u   n,n n,n",
        "i,n u   i,-0 i,0   u   i,n i,n",
        "n,n n,n n,0  n,0   n,n n,n n,n");

    private static Complex[,] Table(params string[] rows)
    {
        var table = new Complex[7, 7];
        for (var r = 0; r < 7; r++)
        {
            var cells = rows[r].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 7) throw new InvalidOperationException($"special value row {r}: {cells.Length} cells");
            for (var c = 0; c < 7; c++)
            {
                var parts = cells[c] == "u" ? ["u", "u"] : cells[c].Split(',');
                table[r, c] = new Complex(Value(parts[0]), Value(parts[1]));
            }
        }
        return table;
    }

    private static double Value(string code) => code switch
    {
        "u" => double.NaN,
        "0" => 0.0,
        "-0" => -0.0,
        "1" => 1.0,
        "-1" => -1.0,
        "i" => double.PositiveInfinity,
        "-i" => double.NegativeInfinity,
        "n" => double.NaN,
        "p" => Math.PI,
        "-p" => -Math.PI,
        _ when code.StartsWith('-') => -Value(code[1..]),
        "p14" => 0.25 * Math.PI,
        "p12" => 0.5 * Math.PI,
        "p34" => 0.75 * Math.PI,
        _ => throw new InvalidOperationException("special value " + code),
    };
}
