using Api.Options;
using Engine.Sandbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Api.Sandbox;

/// <summary>The worker-process sandbox that runs the execute endpoint's programs (Engine.Sandbox.WorkerPool).</summary>
public static class SandboxSetup
{
    /// <summary>The configuration section of the sandbox's own settings (SandboxOptions).</summary>
    public const string Section = "Execution:Sandbox";

    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider =>
        {
            var options = new SandboxOptions();
            configuration.GetSection(Section).Bind(options);
            var execution = configuration.GetSection(ExecutionLimitsOptions.Section).Get<ExecutionLimitsOptions>() ?? new();
            options.Workers = Math.Max(1, execution.MaxConcurrentRuns);
            options.MaxQueuedRuns = Math.Max(0, execution.MaxQueuedRuns);
            var logger = provider.GetRequiredService<ILogger<WorkerPool>>();
            return new WorkerPool(options, message => logger.LogWarning("Sandbox: {SandboxMessage}", message));
        });
        return services;
    }

    /// <summary>Starts the worker processes with the app, so that the first run finds them warm.</summary>
    public static WebApplication StartSandbox(this WebApplication app)
    {
        app.Services.GetRequiredService<WorkerPool>().Start();
        return app;
    }
}

/// <summary>Ready when every worker process is up; degraded while some are being replaced; unhealthy with none.</summary>
public sealed class SandboxHealthCheck(WorkerPool pool) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ready = pool.ReadyWorkers;
        var data = new Dictionary<string, object> { ["ready_workers"] = ready, ["workers"] = pool.Size, ["queued_runs"] = pool.QueuedRuns };
        var description = $"{ready} of {pool.Size} worker processes ready";
        return Task.FromResult(ready >= pool.Size ? HealthCheckResult.Healthy(description, data)
            : ready > 0 ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Unhealthy(description, data: data));
    }
}
