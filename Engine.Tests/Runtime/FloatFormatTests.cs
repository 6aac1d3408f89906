using Engine.Runtime;

namespace Engine.Tests.Runtime;

/// <summary>The quick ways of fixed-point formatting ('%.2f', f'{x:.3f}') against the exact one:
/// each answers what exact integer arithmetic answers, or declines.</summary>
public class FloatFormatTests
{
    /// <summary>Doubles of every magnitude the quick paths take and past it, dyadic values (whose
    /// digits can end in an exact tie) among them, at every precision they take.</summary>
    public static IEnumerable<double> Values()
    {
        var random = new Random(2026);
        for (var i = 0; i < 4000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-12, 18));
            yield return random.NextDouble() * magnitude;
            yield return Math.Round(random.NextDouble() * 4096) / (1 << random.Next(0, 14)); // k / 2^m: ties at some precisions
            yield return random.Next(0, 1000000) / 100.0; // decimal-looking, as prices are
        }
        foreach (var v in new[] { 0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 1e14 + 0.5, 4.5e15, 9007199254740993.0, 5e-324, double.Epsilon * 3, 1e15 - 0.5 })
            yield return v;
    }

    [Fact]
    public void QuickFixedFormattingAnswersAsExactArithmeticOrDeclines()
    {
        int answered = 0, checkedCount = 0;
        foreach (var v in Values())
        {
            if (v == 0) continue;
            for (var precision = 0; precision <= 15; precision++)
            {
                var exact = FloatFormat.FixedExact(v, precision);
                checkedCount++;
                if (FloatFormat.FixedBySmallProduct(v, precision) is { } small)
                {
                    answered++;
                    Assert.True(exact == small, $"{v:R} at {precision}: product path {small}, exact {exact}");
                }
                if (FloatFormat.FixedByRuntime(v, precision) is { } runtime)
                    Assert.True(exact == runtime, $"{v:R} at {precision}: runtime path {runtime}, exact {exact}");
            }
        }
        // The product path must take most of them, or it is not worth its place.
        Assert.True(answered > checkedCount / 3, $"the product path answered {answered} of {checkedCount}");
    }
}
