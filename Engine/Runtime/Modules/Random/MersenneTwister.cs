using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>
/// MT19937, the generator behind CPython's random (Modules/_randommodule.c): the same
/// seeding (init_genrand, init_by_array from the seed's 32-bit chunks), the same 53-bit
/// random() and getrandbits(), so a seeded program draws CPython's numbers.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df, UpperMask = 0x80000000, LowerMask = 0x7fffffff;

    public readonly uint[] State = new uint[N];
    public int Index = N + 1;

    private void InitGenrand(uint seed)
    {
        State[0] = seed;
        for (var i = 1; i < N; i++)
            State[i] = unchecked(1812433253u * (State[i - 1] ^ (State[i - 1] >> 30)) + (uint)i);
        Index = N;
    }

    /// <summary>init_by_array: seeds from a key of 32-bit words.</summary>
    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            State[i] = unchecked((State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j);
            i++;
            j++;
            if (i >= N)
            {
                State[0] = State[N - 1];
                i = 1;
            }
            if (j >= key.Length) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            State[i] = unchecked((State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1566083941u)) - (uint)i);
            i++;
            if (i >= N)
            {
                State[0] = State[N - 1];
                i = 1;
            }
        }
        State[0] = 0x80000000u;
    }

    /// <summary>random_seed for an int: the 32-bit chunks of abs(n), least significant first.</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[Math.Max(1, (bytes.Length + 3) / 4)];
        for (var b = 0; b < bytes.Length; b++) words[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        // Trailing zero words are dropped (the key is as long as the number needs), but at least one remains.
        var length = words.Length;
        while (length > 1 && words[length - 1] == 0) length--;
        InitByArray(words[..length]);
    }

    public uint NextUInt32()
    {
        if (Index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (State[kk] & UpperMask) | (State[kk + 1] & LowerMask);
                State[kk] = State[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (State[kk] & UpperMask) | (State[kk + 1] & LowerMask);
                State[kk] = State[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (State[N - 1] & UpperMask) | (State[0] & LowerMask);
            State[N - 1] = State[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            Index = 0;
        }
        var r = State[Index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680;
        r ^= (r << 15) & 0xefc60000;
        r ^= r >> 18;
        return r;
    }

    /// <summary>random(): 53 random bits as a float in [0, 1).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for k &gt;= 0: 32-bit words, least significant first, the last one cut to size.</summary>
    public BigInteger GetRandBits(long k)
    {
        if (k == 0) return BigInteger.Zero;
        if (k <= 32) return NextUInt32() >> (int)(32 - k);
        var words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }
}
