using System.Globalization;
using System.Threading.RateLimiting;
using Api.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Api.RateLimiting;

/// <summary>
/// The answer to a request refused for load (the per-client rate limit, or execute's full run
/// queue): 429, a Retry-After in whole seconds, and a ProblemDetails body saying which limit it hit.
/// </summary>
public static class RejectedRequests
{
    /// <summary>The rate limiter's OnRejected: Retry-After is the limiter's estimate when it gives one, else 1.</summary>
    internal static async ValueTask Answer(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Clamp(Math.Ceiling(retryAfter.TotalSeconds), 1, int.MaxValue)
            : 1;
        string detail;
        if (ClientRateLimiting.RefusedByClientLimit(context))
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
            detail = $"This client has sent more requests than the service accepts from one address " +
                     $"({limits.PermitsPerSecond.ToString(CultureInfo.InvariantCulture)} a second, bursts of up to {limits.Burst}). " +
                     $"Retry after {seconds} s.";
        }
        else
        {
            detail = $"Too many requests are being served or waiting at this endpoint. Retry after {seconds} s.";
        }
        await TooMany(context, seconds, detail).ExecuteAsync(context);
    }

    /// <summary>A 429 with Retry-After <paramref name="seconds"/> and <paramref name="detail"/> as the problem's detail.</summary>
    public static IResult TooMany(HttpContext context, int seconds, string detail)
    {
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.", detail: detail);
    }
}
