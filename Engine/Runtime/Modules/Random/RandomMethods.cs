using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>The methods of random.Random, one declaration each, following Lib/random.py's algorithms.</summary>
internal static class RandomMethods
{
    public static void Register(PyType t)
    {
        Method(t, "seed", ["a", "version"], 0, (r, p) =>
        {
            RandomModule.Seed(r, p[0] ?? PyNone.Instance, p[1] is null ? 2 : ArgCheck.Index(p[1]!));
            return PyNone.Instance;
        });
        Method(t, "random", [], 0, (r, p) => new PyFloat(RandomModule.Random(r)));
        Method(t, "getrandbits", ["k"], 1, (r, p) =>
        {
            var k = ArgCheck.Index(p[0]!);
            if (k < 0) throw PyException.ValueError("number of bits must be non-negative");
            IntLimits.CheckBits(k);
            return PyInt.From(r.Generator.GetRandBits(k));
        });
        Method(t, "randbytes", ["n"], 1, (r, p) =>
        {
            var n = ArgCheck.Index(p[0]!);
            if (n < 0) throw PyException.ValueError("number of bits must be non-negative");
            RuntimeContext.Current.CheckAllocation(n);
            var bits = r.Generator.GetRandBits(n * 8);
            var bytes = new byte[n];
            var raw = bits.ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Copy(raw, bytes, Math.Min(raw.Length, bytes.Length));
            return new PyBytes(bytes);
        });
        Method(t, "randrange", ["start", "stop", "step"], 1, (r, p) => RandRange(r, p[0]!, p[1], p[2]));
        Method(t, "randint", ["a", "b"], 2, (r, p) =>
            RandRange(r, p[0]!, Ops.Binary(BinaryOp.Add, p[1]!, PyInt.From(1)), null));
        Method(t, "choice", ["seq"], 1, (r, p) =>
        {
            var n = Ops.Length(p[0]!);
            if (n == 0) throw PyException.IndexError("Cannot choose from an empty sequence");
            return Ops.GetItem(p[0]!, PyInt.From(RandomModule.RandBelow(r, n)));
        });
        Method(t, "shuffle", ["x"], 1, (r, p) =>
        {
            var x = p[0]!;
            var context = RuntimeContext.Current;
            for (var i = Ops.Length(x) - 1; i > 0; i--)
            {
                context.Tick();
                var j = PyInt.From(RandomModule.RandBelow(r, i + 1));
                var ii = PyInt.From(i);
                var a = Ops.GetItem(x, ii);
                var b = Ops.GetItem(x, j);
                Ops.SetItem(x, ii, b);
                Ops.SetItem(x, j, a);
            }
            return PyNone.Instance;
        });
        Method(t, "sample", ["population", "k", "counts"], 2, (r, p) => Sample(r, p[0]!, p[1]!, p[2]));
        Method(t, "choices", ["population", "weights", "cum_weights", "k"], 1, (r, p) => Choices(r, p[0]!, p[1], p[2], p[3]));
        Method(t, "uniform", ["a", "b"], 2, (r, p) =>
            Ops.Binary(BinaryOp.Add, p[0]!, Ops.Binary(BinaryOp.Multiply, Ops.Binary(BinaryOp.Subtract, p[1]!, p[0]!), new PyFloat(RandomModule.Random(r)))));
        Method(t, "triangular", ["low", "high", "mode"], 0, (r, p) =>
        {
            var low = MathArgs.ToDouble(p[0] ?? new PyFloat(0.0));
            var high = MathArgs.ToDouble(p[1] ?? new PyFloat(1.0));
            var u = RandomModule.Random(r);
            double c;
            if (p[2] is null or PyNone) c = 0.5;
            else
            {
                if (high - low == 0) return p[0] ?? new PyFloat(0.0);
                c = (MathArgs.ToDouble(p[2]!) - low) / (high - low);
            }
            if (u > c)
            {
                u = 1.0 - u;
                c = 1.0 - c;
                (low, high) = (high, low);
            }
            return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
        });
        Method(t, "normalvariate", ["mu", "sigma"], 0, (r, p) =>
            new PyFloat(RandomModule.NormalVariate(r, Float(p[0], 0.0), Float(p[1], 1.0))));
        Method(t, "gauss", ["mu", "sigma"], 0, (r, p) =>
            new PyFloat(RandomModule.Gauss(r, Float(p[0], 0.0), Float(p[1], 1.0))));
        Method(t, "lognormvariate", ["mu", "sigma"], 2, (r, p) =>
            new PyFloat(Libm.exp(RandomModule.NormalVariate(r, Float(p[0], 0), Float(p[1], 1)))));
        Method(t, "expovariate", ["lambd"], 1, (r, p) =>
        {
            var lambd = Float(p[0], 1.0);
            var x = -Libm.log(1.0 - RandomModule.Random(r));
            if (lambd == 0) throw PyException.ZeroDivisionError("float division by zero");
            return new PyFloat(x / lambd);
        });
        Method(t, "gammavariate", ["alpha", "beta"], 2, (r, p) =>
            new PyFloat(RandomModule.GammaVariate(r, Float(p[0], 0), Float(p[1], 0))));
        Method(t, "betavariate", ["alpha", "beta"], 2, (r, p) =>
        {
            var y = RandomModule.GammaVariate(r, Float(p[0], 0), 1.0);
            if (y == 0) return new PyFloat(0.0);
            return new PyFloat(y / (y + RandomModule.GammaVariate(r, Float(p[1], 0), 1.0)));
        });
        Method(t, "paretovariate", ["alpha"], 1, (r, p) =>
        {
            var u = 1.0 - RandomModule.Random(r);
            return new PyFloat(Libm.pow(u, -1.0 / Float(p[0], 1)));
        });
        Method(t, "weibullvariate", ["alpha", "beta"], 2, (r, p) =>
        {
            var u = 1.0 - RandomModule.Random(r);
            return new PyFloat(Float(p[0], 1) * Libm.pow(-Libm.log(u), 1.0 / Float(p[1], 1)));
        });
        Method(t, "vonmisesvariate", ["mu", "kappa"], 2, (r, p) => new PyFloat(VonMises(r, Float(p[0], 0), Float(p[1], 0))));
        Method(t, "getstate", [], 0, (r, p) =>
        {
            var items = new PyObject[MersenneTwister.N + 1];
            for (var i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.From(r.Generator.State[i]);
            items[MersenneTwister.N] = PyInt.From(r.Generator.Index);
            return new PyTuple([PyInt.From(3), new PyTuple(items), r.GaussNext]);
        });
        Method(t, "setstate", ["state"], 1, (r, p) =>
        {
            if (p[0] is not PyTuple { Items.Length: 3 } state || state.Items[1] is not PyTuple { Items.Length: MersenneTwister.N + 1 } internal_)
                throw PyException.TypeError("state vector must be a tuple");
            if (state.Items[0] is not PyInt { Value: 3 })
                throw PyException.ValueError($"state with version {state.Items[0].Repr()} passed to Random.setstate() of version 3");
            for (var i = 0; i < MersenneTwister.N; i++)
                r.Generator.State[i] = (uint)(ArgCheck.Index(internal_.Items[i]) & 0xFFFFFFFF);
            var index = ArgCheck.Index(internal_.Items[MersenneTwister.N]);
            if (index is < 0 or > MersenneTwister.N) throw PyException.ValueError("invalid state");
            r.Generator.Index = (int)index;
            r.GaussNext = state.Items[2];
            return PyNone.Instance;
        });
    }

    private static double Float(PyObject? o, double fallback) => o is null ? fallback : MathArgs.ToDouble(o);

    /// <summary>Declares a method with Python-style parameters: positional or keyword, the first
    /// <paramref name="required"/> of them required (absent optional ones are null).</summary>
    private static void Method(PyType t, string name, string[] parameters, int required, Func<PyRandom, PyObject?[], PyObject> body)
    {
        t.AddMethod(name, (args, kwnames) =>
        {
            var kwCount = kwnames?.Length ?? 0;
            var positional = args.Length - kwCount;
            if (positional < 1 || args[0] is not PyRandom self)
                throw PyException.TypeError($"descriptor '{name}' for 'Random' objects doesn't apply to a '{(positional < 1 ? "NoneType" : args[0].Type.Name)}' object");
            var values = new PyObject?[parameters.Length];
            if (positional - 1 > parameters.Length)
                throw PyException.TypeError($"Random.{name}() takes {(required == parameters.Length ? "" : "from " + (required + 1) + " to ")}{parameters.Length + 1} positional arguments but {positional} were given");
            for (var i = 1; i < positional; i++) values[i - 1] = args[i];
            for (var i = 0; i < kwCount; i++)
            {
                var at = Array.IndexOf(parameters, kwnames![i]);
                if (at < 0) throw PyException.TypeError($"Random.{name}() got an unexpected keyword argument '{kwnames[i]}'");
                if (values[at] is not null) throw PyException.TypeError($"Random.{name}() got multiple values for argument '{kwnames[i]}'");
                values[at] = args[positional + i];
            }
            var missing = new List<string>();
            for (var i = 0; i < required; i++)
                if (values[i] is null) missing.Add(parameters[i]);
            if (missing.Count > 0)
            {
                var list = missing.Count == 1 ? $"'{missing[0]}'"
                    : string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $" and '{missing[^1]}'";
                throw PyException.TypeError($"Random.{name}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
            }
            return body(self, values);
        });
    }

    private static BigInteger Index(PyObject o, string what)
    {
        if (o is PyInt i) return i.AsBig;
        if (o is PyFloat f)
        {
            if (f.Value != Math.Floor(f.Value) || !double.IsFinite(f.Value)) throw PyException.ValueError($"non-integer {what} for randrange()");
            return NumberParsing.FromDouble(f.Value).AsBig;
        }
        throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    private static PyObject RandRange(PyRandom r, PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = Index(start, "arg 1");
        if (stop is null or PyNone)
        {
            if (step is not null) throw PyException.TypeError("Missing a non-None stop argument");
            if (istart > 0) return PyInt.From(RandomModule.RandBelow(r, istart));
            throw PyException.ValueError("empty range for randrange()");
        }
        var istop = Index(stop, "stop");
        var width = istop - istart;
        var istep = step is null ? BigInteger.One : Index(step, "step");
        if (istep.IsOne)
        {
            if (width > 0) return PyInt.From(istart + RandomModule.RandBelow(r, width));
            throw PyException.ValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }
        BigInteger n;
        if (istep > 0) n = FloorDiv(width + istep - 1, istep);
        else if (istep < 0) n = FloorDiv(width + istep + 1, istep);
        else throw PyException.ValueError("zero step for randrange()");
        if (n <= 0) throw PyException.ValueError("empty range for randrange()");
        return PyInt.From(istart + istep * RandomModule.RandBelow(r, n));
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b) => IntMath.FloorDivMod(a, b, out _);

    private static PyObject Sample(PyRandom r, PyObject population, PyObject kObj, PyObject? counts)
    {
        if (population is not (PyList or PyTuple or PyStr or PyRange or PyBytes))
            throw PyException.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        var n = Ops.Length(population);
        if (counts is not null and not PyNone)
        {
            var cum = Accumulate(counts);
            if (cum.Count != n) throw PyException.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt totalInt) throw PyException.TypeError("Counts must be integers");
            if (totalInt.Sign <= 0) throw PyException.ValueError("Total of counts must be greater than zero");
            var selections = (PyList)Sample(r, new PyRange(0, totalInt.AsIndex(), 1), kObj, null);
            return new PyList(selections.Items.Select(s => Ops.GetItem(population, PyInt.From(BisectRight(cum, s, 0, cum.Count)))).ToList());
        }
        var k = ArgCheck.Index(kObj);
        if (k < 0 || k > n) throw PyException.ValueError("Sample larger than population or is negative");
        var context = RuntimeContext.Current;
        context.CheckAllocation(k * 8);
        var result = new List<PyObject>((int)k);
        var setsize = 21L;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Libm.log(k * 3) / Libm.log(4)));
        if (n <= setsize)
        {
            var pool = Ops.ToList(population);
            for (long i = 0; i < k; i++)
            {
                context.Tick();
                var j = (int)RandomModule.RandBelow(r, n - i);
                result.Add(pool[j]);
                pool[j] = pool[(int)(n - i - 1)];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (long i = 0; i < k; i++)
            {
                context.Tick();
                var j = RandomModule.RandBelow(r, n);
                while (selected.Contains(j)) j = RandomModule.RandBelow(r, n);
                selected.Add(j);
                if ((selected.Count & 0xFFF) == 0) context.CheckAllocation(selected.Count * 40L);
                result.Add(Ops.GetItem(population, PyInt.From(j)));
            }
        }
        return new PyList(result);
    }

    private static List<PyObject> Accumulate(PyObject iterable)
    {
        var result = new List<PyObject>();
        PyObject? total = null;
        var it = Ops.Iter(iterable);
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            total = total is null ? item : Ops.Binary(BinaryOp.Add, total, item);
            result.Add(total);
        }
        return result;
    }

    /// <summary>bisect.bisect_right(a, x, lo, hi).</summary>
    private static int BisectRight(List<PyObject> a, PyObject x, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Ops.Compare(x, a[mid], CompareOp.Lt)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static PyObject Choices(PyRandom r, PyObject population, PyObject? weights, PyObject? cumWeights, PyObject? kObj)
    {
        var n = Ops.Length(population);
        var k = kObj is null ? 1 : ArgCheck.Index(kObj);
        var context = RuntimeContext.Current;
        context.CheckAllocation(Math.Max(0, k) * 8);
        var result = new List<PyObject>();
        if (cumWeights is null or PyNone)
        {
            if (weights is null or PyNone)
            {
                var nf = (double)n;
                for (long i = 0; i < k; i++)
                {
                    context.Tick();
                    result.Add(Ops.GetItem(population, PyInt.From((long)Math.Floor(RandomModule.Random(r) * nf))));
                }
                return new PyList(result);
            }
            if (weights is PyInt wk) throw PyException.TypeError($"The number of choices must be a keyword argument: k={wk.Repr()}");
            cumWeights = new PyList(Accumulate(weights));
        }
        else if (weights is not null and not PyNone)
            throw PyException.TypeError("Cannot specify both weights and cumulative weights");
        var cum = Ops.ToList(cumWeights);
        if (cum.Count != n) throw PyException.ValueError("The number of weights does not match the population");
        var total = MathArgs.ToDouble(Ops.Binary(BinaryOp.Add, cum[^1], new PyFloat(0.0)));
        if (total <= 0.0) throw PyException.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw PyException.ValueError("Total of weights must be finite");
        var hi = (int)n - 1;
        for (long i = 0; i < k; i++)
        {
            context.Tick();
            var x = new PyFloat(RandomModule.Random(r) * total);
            result.Add(Ops.GetItem(population, PyInt.From(BisectRight(cum, x, 0, hi))));
        }
        return new PyList(result);
    }

    private static double VonMises(PyRandom r, double mu, double kappa)
    {
        const double TwoPi = 2.0 * Math.PI;
        if (kappa <= 1e-6) return TwoPi * RandomModule.Random(r);
        var s = 0.5 / kappa;
        var rr = s + Math.Sqrt(1.0 + s * s);
        double z;
        var context = RuntimeContext.Current;
        while (true)
        {
            context.Tick();
            var u1 = RandomModule.Random(r);
            z = Libm.cos(Math.PI * u1);
            var d = z / (rr + z);
            var u2 = RandomModule.Random(r);
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Libm.exp(d)) break;
        }
        var q = 1.0 / rr;
        var f = (q + z) / (1.0 + q * z);
        var u3 = RandomModule.Random(r);
        return u3 > 0.5 ? (mu + Libm.acos(f)) % TwoPi : (mu - Libm.acos(f)) % TwoPi;
    }
}
