using Api.Options;
using Serilog;
using Serilog.Formatting.Compact;

namespace Api.Observability;

/// <summary>
/// Serilog on the console, as readable text or as compact JSON ("Logging:Format"). Every event
/// logged while a request is served carries the request's W3C trace id: Serilog takes it from
/// <see cref="System.Diagnostics.Activity.Current"/>, the text template prints it last on the line,
/// and the JSON formatter writes it as "@tr" (with the span id as "@sp").
/// </summary>
public static class ServiceLogging
{
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}";

    public static WebApplicationBuilder AddServiceLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
            Configure(logger, services.GetRequiredService<IConfiguration>()).ReadFrom.Services(services));
        return builder;
    }

    /// <summary>Levels and sinks from "Serilog", then the console in the configured format.</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var format = configuration.GetSection(LoggingOptions.Section).Get<LoggingOptions>()?.Format ?? LogFormat.Text;
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
        return format == LogFormat.Json
            ? logger.WriteTo.Console(new CompactJsonFormatter())
            : logger.WriteTo.Console(outputTemplate: TextTemplate);
    }
}
