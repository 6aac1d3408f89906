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
        // The static Log.Logger is left alone: hosts that share a process (tests start many) would
        // otherwise take it from each other, and one stopping would close another's log.
        builder.Services.AddSerilog(
            (services, logger) => Configure(logger, services.GetRequiredService<IConfiguration>()).ReadFrom.Services(services),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line a request, written by the outermost middleware, so that it has the status the
    /// client got (a 400 from BadRequestHandler, not the exception that UseExceptionHandler turned
    /// into it). It goes to the host's own logger, not the static Log.Logger.
    /// </summary>
    public static WebApplication UseServiceLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(requests => requests.Logger = logger);
        return app;
    }

    /// <summary>Levels and sinks from "Serilog", then the console in the configured format.</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var format = configuration.GetSection(LoggingOptions.Section).Get<LoggingOptions>()?.Format ?? LogFormat.Text;
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
        // The console is written from a background thread: a request does not wait for its log
        // line to be formatted and written (one write call a line, taken under the sink's lock).
        // When the buffer is full, requests wait rather than lines being dropped. The app's
        // services dispose the logger as the service stops, which writes out the lines still queued.
        return logger.WriteTo.Async(
            sink =>
            {
                if (format == LogFormat.Json) sink.Console(new CompactJsonFormatter());
                else sink.Console(outputTemplate: TextTemplate);
            },
            bufferSize: 10_000,
            blockWhenFull: true);
    }
}
