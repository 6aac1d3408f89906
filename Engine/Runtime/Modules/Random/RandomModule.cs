using System.Numerics;
using System.Security.Cryptography;

namespace Engine.Runtime.Modules;

/// <summary>
/// The random module of CPython 3.11 (Lib/random.py over _random): the Random class, whose
/// methods draw exactly the numbers CPython's draw for the same seed, and the module-level
/// functions, bound to one hidden instance seeded from the OS like CPython's.
/// </summary>
public static class RandomModule
{
    public static readonly PyType RandomType = new("Random", PyTypes.Object) { Module = "random" };

    private static readonly double Log4 = Libm.log(4.0);
    private static readonly double SgMagicConst = 1.0 + Libm.log(4.5);
    private static readonly double NvMagicConst = 4 * Libm.exp(-0.5) / Math.Sqrt(2.0);
    private const double TwoPi = 2.0 * Math.PI;

    private static readonly string[] Exported =
    [
        "seed", "random", "uniform", "randint", "choice", "sample", "randrange", "shuffle", "normalvariate",
        "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
        "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "choices", "randbytes",
    ];

    static RandomModule()
    {
        RandomType.Constructor = (a, k) =>
        {
            ArgCheck.NoKeywords("Random", k);
            if (a.Length > 1) throw PyException.TypeError($"Random() takes at most 1 argument ({a.Length} given)");
            var r = new PyRandom();
            Seed(r, a.Length > 0 ? a[0] : PyNone.Instance);
            return r;
        };
        RandomMethods.Register(RandomType);
        // Only random() and getrandbits() are C in CPython (_random.Random); the rest are
        // Lib/random.py's Python methods, and print so when bound.
        foreach (var name in Exported)
            if (name is not ("random" or "getrandbits") && RandomType.Dict[name] is PyBuiltinFunction f)
                RandomType.Dict[name] = new PyBuiltinFunction(f.Name, f.Impl, f.Owner) { PythonQualName = "Random." + name };
    }

    public static PyModule Create()
    {
        var m = new ModuleBuilder("random", ModuleOrigins.Source("random"));
        m.Value("Random", RandomType);
        var instance = (PyRandom)RandomType.Constructor!([], null);
        foreach (var name in Exported)
            m.Value(name, new PyBoundMethod(instance, RandomType.Dict[name]));
        m.Value("__all__", new PyList(new List<PyObject>([.. Exported.Select(PyStr.From), PyStr.From("Random"), PyStr.From("SystemRandom")])));
        return m.Module;
    }

    /// <summary>Random.seed(a): None from the OS; int by its absolute value; str/bytes by version 2
    /// (the bytes followed by their SHA-512, read as one big-endian int); float by its hash.</summary>
    internal static void Seed(PyRandom r, PyObject a, long version = 2)
    {
        BigInteger n;
        switch (a)
        {
            case PyNone:
                var entropy = RandomNumberGenerator.GetBytes(624 * 4);
                n = new BigInteger(entropy, isUnsigned: true);
                break;
            case PyInt i:
                n = i.AsBig;
                break;
            case PyFloat f:
                n = f.Hash();
                break;
            case PyStr s when version == 2:
                n = FromBytesWithHash(System.Text.Encoding.UTF8.GetBytes(s.Value));
                break;
            case PyBytes b when version == 2:
                n = FromBytesWithHash(b.Value);
                break;
            case PyStr or PyBytes:
                n = a.Hash();
                break;
            default:
                throw PyException.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        r.Generator.Seed(n);
        r.GaussNext = PyNone.Instance;
    }

    private static BigInteger FromBytesWithHash(byte[] bytes)
    {
        byte[] all = [.. bytes, .. SHA512.HashData(bytes)];
        return new BigInteger(all, isUnsigned: true, isBigEndian: true);
    }

    internal static double Random(PyRandom r) => r.Generator.NextDouble();

    /// <summary>_randbelow: k = n.bit_length() random bits, redrawn until below n (n &gt; 0).</summary>
    internal static BigInteger RandBelow(PyRandom r, BigInteger n)
    {
        var k = (long)n.GetBitLength();
        var x = r.Generator.GetRandBits(k);
        while (x >= n) x = r.Generator.GetRandBits(k);
        return x;
    }

    internal static long RandBelow(PyRandom r, long n) => (long)RandBelow(r, (BigInteger)n);

    internal static double GammaVariate(PyRandom r, double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw PyException.ValueError("gammavariate: alpha and beta must be > 0.0");
        var context = RuntimeContext.Current;
        if (alpha > 1.0)
        {
            // R.C.H. Cheng's rejection method, as random.py.
            var ainv = Math.Sqrt(2.0 * alpha - 1.0);
            var bbb = alpha - Log4;
            var ccc = alpha + ainv;
            while (true)
            {
                context.Tick();
                var u1 = Random(r);
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                var u2 = 1.0 - Random(r);
                var v = Libm.log(u1 / (1.0 - u1)) / ainv;
                var x = alpha * Libm.exp(v);
                var z = u1 * u1 * u2;
                var rr = bbb + ccc * v - x;
                if (rr + SgMagicConst - 4.5 * z >= 0.0 || rr >= Libm.log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Libm.log(1.0 - Random(r)) * beta;
        double xs;
        while (true)
        {
            context.Tick();
            var u = Random(r);
            var b = (Math.E + alpha) / Math.E;
            var p = b * u;
            xs = p <= 1.0 ? Libm.pow(p, 1.0 / alpha) : -Libm.log((b - p) / alpha);
            var u1 = Random(r);
            if (p > 1.0)
            {
                if (u1 <= Libm.pow(xs, alpha - 1.0)) break;
            }
            else if (u1 <= Libm.exp(-xs)) break;
        }
        return xs * beta;
    }

    internal static double NormalVariate(PyRandom r, double mu, double sigma)
    {
        double z;
        var context = RuntimeContext.Current;
        while (true)
        {
            context.Tick();
            var u1 = Random(r);
            var u2 = 1.0 - Random(r);
            z = NvMagicConst * (u1 - 0.5) / u2;
            var zz = z * z / 4.0;
            if (zz <= -Libm.log(u2)) break;
        }
        return mu + z * sigma;
    }

    internal static double Gauss(PyRandom r, double mu, double sigma)
    {
        double z;
        if (r.GaussNext is PyFloat next) z = next.Value;
        else
        {
            var x2pi = Random(r) * TwoPi;
            var g2rad = Math.Sqrt(-2.0 * Libm.log(1.0 - Random(r)));
            z = Libm.cos(x2pi) * g2rad;
            r.GaussNext = new PyFloat(Libm.sin(x2pi) * g2rad);
            return mu + z * sigma;
        }
        r.GaussNext = PyNone.Instance;
        return mu + z * sigma;
    }
}
