using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Api.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests;

/// <summary>
/// The console log of a real request, in each format, carries the request's trace id: the one the
/// problem body of a malformed request reports ("trace_id": 00-{trace id}-{span id}-00).
/// Console output is process-wide, so the tests take turns on it (one collection, not parallel
/// with each other) and look only at the lines of their own request.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public partial class LoggingTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task JsonLinesCarryTheRequestsTraceAndSpanIds()
    {
        var (trace, output) = await MalformedRequestLogged("json", log => Lines(log).Any(IsRequestLine));
        var lines = Lines(output).ToList();
        var request = Assert.Single(lines, line => IsRequestLine(line) && (string?)line["@tr"] == trace);
        Assert.Equal(400, (int)request["StatusCode"]!);
        Assert.Matches("^[0-9a-f]{16}$", (string)request["@sp"]!);
        // every line of that request, the framework's through Microsoft.Extensions.Logging included
        var ofRequest = lines.Where(line => (string?)line["RequestId"] == (string?)request["RequestId"]).ToList();
        Assert.Contains(ofRequest, line => (string?)line["SourceContext"] == "Microsoft.AspNetCore.Routing.EndpointMiddleware");
        Assert.All(ofRequest, line => Assert.Equal(trace, (string?)line["@tr"]));
    }

    [Fact]
    public async Task TextLinesEndWithTheRequestsTraceId()
    {
        var (trace, output) = await MalformedRequestLogged("text", log => log.Contains("responded 400"));
        var lines = Ansi().Replace(output, "").Split('\n');
        Assert.Contains(lines, line => line.Contains("HTTP POST /api/v1/parse responded 400") && line.TrimEnd().EndsWith(" " + trace));
        Assert.Contains(lines, line => line.Contains("Executing endpoint") && line.TrimEnd().EndsWith(" " + trace));
    }

    [Fact]
    public async Task TheDefaultFormatIsText()
    {
        var (trace, output) = await MalformedRequestLogged(null, log => log.Contains("responded 400"));
        Assert.Contains(Ansi().Replace(output, "").Split('\n'), line => line.StartsWith('[') && line.TrimEnd().EndsWith(" " + trace));
    }

    /// <summary>
    /// The log is written from a background thread, which a process does not wait for when it
    /// ends: the lines still queued when the service stops must be written out as its services are
    /// disposed. The app is built as Program builds it, with its logging, and disposed
    /// without starting (a started test host stops on a thread of its own, after DisposeAsync returns).
    /// </summary>
    [Fact]
    public async Task LinesStillQueuedWhenTheServiceStopsAreWritten()
    {
        const int Lines = 5_000;
        var (captured, console) = Capture();
        try
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration["Serilog:MinimumLevel:Default"] = "Information";
            builder.AddServiceLogging();
            var app = builder.Build();
            app.UseServiceLogging();
            var logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // faster than the background thread writes them out, so that many are still queued
            for (var i = 0; i < Lines; i++) logger.Information("queued line {Number} of {Marker}", i, nameof(LinesStillQueuedWhenTheServiceStopsAreWritten));
            await app.DisposeAsync();
            var written = captured().Split('\n').Count(line => line.Contains(nameof(LinesStillQueuedWhenTheServiceStopsAreWritten)));
            Assert.Equal(Lines, written);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    /// <summary>Console output written to memory from now on: what it holds so far, and the console's own writer to restore.</summary>
    private static (Func<string> Captured, TextWriter Console) Capture()
    {
        var text = new StringWriter();
        var output = TextWriter.Synchronized(text);
        var console = Console.Out;
        Console.SetOut(output);
        // the synchronized writer locks itself on each write
        return (() => { lock (output) return text.ToString(); }, console);
    }

    /// <summary>
    /// Starts the service with the format (null: not set) and Information logs, sends a malformed
    /// parse request, and waits for its log. Returns the request's trace id and the console output.
    /// </summary>
    private async Task<(string Trace, string Output)> MalformedRequestLogged(string? format, Func<string, bool> logged)
    {
        var (Captured, console) = Capture();
        try
        {
            using var app = factory.WithWebHostBuilder(builder =>
            {
                if (format is not null) builder.UseSetting("Logging:Format", format);
                builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
                builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information");
            });
            var (status, body, _) = await app.CreateClient().PostRaw("/api/v1/parse", "print(1)");
            Assert.Equal(400, status);
            var trace = ((string)body["trace_id"]!).Split('-')[1];
            // The request's line is logged once its answer is sent, and written from a background
            // thread: wait for it (on a loaded machine the first line can take seconds).
            for (var waited = 0; waited < 600 && !logged(Captured()); waited++) await Task.Delay(50);
            return (trace, Captured());
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    private static bool IsRequestLine(JsonNode line) =>
        (string?)line["SourceContext"] == "Serilog.AspNetCore.RequestLoggingMiddleware" && (string?)line["RequestPath"] == "/api/v1/parse";

    /// <summary>The lines that are JSON objects (other tests' services may write text at the same time).</summary>
    private static IEnumerable<JsonNode> Lines(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            JsonNode? node = null;
            try { node = line.StartsWith('{') ? JsonNode.Parse(line) : null; }
            catch (JsonException) { }
            if (node is JsonObject) yield return node;
        }
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
