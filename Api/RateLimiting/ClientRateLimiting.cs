using System.Net;
using System.Threading.RateLimiting;
using Api.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Api.RateLimiting;

/// <summary>
/// The global rate limiter: a token bucket per client address ("RateLimiting" section), applied
/// to the endpoints marked with <see cref="RequireClientRateLimit"/> and to nothing else. Its
/// refusals are answered by <see cref="RejectedRequests"/>, as execute's full run queue is.
/// </summary>
public static class ClientRateLimiting
{
    /// <summary>Set in HttpContext.Items when the per-client limiter, not an endpoint policy, refused the request.</summary>
    private static readonly object RefusedKey = new();

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .Validate(options => options.IsValid(), RateLimitingOptions.Rules)
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, clients) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectedRequests.Answer;
            if (clients.Value.Enabled) limiter.GlobalLimiter = new PerClientLimiter(clients.Value);
        });
        return services;
    }

    /// <summary>Puts the group's endpoints under the per-client limit (when it is enabled).</summary>
    public static RouteGroupBuilder RequireClientRateLimit(this RouteGroupBuilder group)
    {
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        if (!options.Enabled) return group;
        group.WithMetadata(ClientLimited.Instance);
        group.ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>Whether the per-client limiter refused this request.</summary>
    internal static bool RefusedByClientLimit(HttpContext context) => context.Items.ContainsKey(RefusedKey);

    /// <summary>
    /// Refill <paramref name="permitsPerSecond"/> evenly: one token each 1/rate seconds, or, for
    /// rates over 100 a second, k tokens each k/rate seconds so that the timer ticks at most every 10 ms.
    /// </summary>
    internal static (int Tokens, TimeSpan Period) Refill(double permitsPerSecond)
    {
        var tokens = (int)Math.Ceiling(permitsPerSecond / 100);
        return (tokens, TimeSpan.FromSeconds(tokens / permitsPerSecond));
    }

    private sealed class ClientLimited
    {
        public static readonly ClientLimited Instance = new();
    }

    /// <summary>A partition: exempt (not a limited endpoint), or a client's address (null when unknown: one partition of its own).</summary>
    private readonly record struct Client(bool Limited, IPAddress? Address)
    {
        public static readonly Client Exempt = new(false, null);

        public static Client Of(IPAddress? address) =>
            new(true, address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address);
    }

    /// <summary>The partitioned token buckets, marking the requests they refuse.</summary>
    private sealed class PerClientLimiter(RateLimitingOptions options) : PartitionedRateLimiter<HttpContext>
    {
        private readonly PartitionedRateLimiter<HttpContext> buckets = PartitionedRateLimiter.Create<HttpContext, Client>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<ClientLimited>() is null
                ? RateLimitPartition.GetNoLimiter(Client.Exempt)
                : RateLimitPartition.GetTokenBucketLimiter(Client.Of(context.Connection.RemoteIpAddress), _ => Bucket(options)));

        private static TokenBucketRateLimiterOptions Bucket(RateLimitingOptions options)
        {
            var (tokens, period) = Refill(options.PermitsPerSecond);
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            };
        }

        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => buckets.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
            Mark(resource, buckets.AttemptAcquire(resource, permitCount));

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            Mark(resource, await buckets.AcquireAsync(resource, permitCount, cancellationToken));

        private static RateLimitLease Mark(HttpContext context, RateLimitLease lease)
        {
            if (!lease.IsAcquired) context.Items[RefusedKey] = true;
            return lease;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) buckets.Dispose();
            base.Dispose(disposing);
        }

        protected override ValueTask DisposeAsyncCore() => buckets.DisposeAsync();
    }
}
