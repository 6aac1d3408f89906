using System.Globalization;
using System.Threading.RateLimiting;
using Api.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Api.RateLimiting;

/// <summary>
/// The answer to a request any rate limiter refused (the per-client limit, execute's "runs"
/// policy): 429, a Retry-After in whole seconds (the limiter's estimate when it gives one, else 1),
/// and a ProblemDetails body saying which limit it hit.
/// </summary>
internal static class RejectedRequests
{
    public static async ValueTask Answer(OnRejectedContext rejected, CancellationToken cancellationToken)
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
            detail = $"Too many requests are being served or waiting at this endpoint " +
                     $"(for execute: programs running at once and waiting to run). Retry after {seconds} s.";
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.", detail: detail)
            .ExecuteAsync(context);
    }
}
