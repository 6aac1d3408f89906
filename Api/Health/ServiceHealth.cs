using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Api.Health;

/// <summary>
/// Three health endpoints over one set of checks. /health/live says the process answers and runs
/// no check; /health/ready runs the checks tagged <see cref="Ready"/>; /health runs every check
/// (Docker's HEALTHCHECK and CI call it). A readiness check is added with
/// <c>AddServiceHealthChecks().AddCheck&lt;T&gt;(name, tags: [ServiceHealth.Ready])</c>.
/// </summary>
public static class ServiceHealth
{
    /// <summary>The tag of the checks that must pass before the service takes traffic.</summary>
    public const string Ready = "ready";

    /// <summary>The health-check registrations, for further checks to be added to.</summary>
    public static IHealthChecksBuilder AddServiceHealthChecks(this IServiceCollection services) => services.AddHealthChecks();

    public static IEndpointRouteBuilder MapServiceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}
