namespace Api.Options;

/// <summary>
/// Configuration section "RateLimiting": how many requests each client (by remote address) may
/// send to /api/v1, as a token bucket.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>The rate the bucket refills at; may be fractional (0.5 is one request every two seconds).</summary>
    public double PermitsPerSecond { get; set; } = 50;

    /// <summary>The bucket's size: how many requests a client that has been quiet may send at once.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Requests of a client with an empty bucket that wait for a token; past these, 429.</summary>
    public int QueueLimit { get; set; } = 10;

    internal bool IsValid() => PermitsPerSecond is > 0 and <= 1_000_000 && Burst >= 1 && QueueLimit >= 0;

    internal const string Rules =
        "RateLimiting:PermitsPerSecond must be above 0 and at most 1000000, RateLimiting:Burst at least 1, RateLimiting:QueueLimit at least 0.";
}
