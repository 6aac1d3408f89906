using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Api.Endpoints;
using Api.Health;
using Api.Observability;
using Api.OpenApi;
using Api.Options;
using Api.RateLimiting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceLogging();

builder.Services.Configure<SourceOptions>(builder.Configuration.GetSection(SourceOptions.Section));
builder.Services.Configure<ExecutionLimitsOptions>(builder.Configuration.GetSection(ExecutionLimitsOptions.Section));
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    // Syntax trees nest as deep as the program does (the parser bounds that, as CPython does).
    json.SerializerOptions.MaxDepth = 100_000;
});
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
// Unreadable bodies raise BadHttpRequestException in every environment, so BadRequestHandler
// answers them the same way in Development and Production.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddServiceHealthChecks();
builder.Services.AddOpenApi(openApi => openApi
    .AddDocumentTransformer<ServiceDescription>()
    .AddOperationTransformer<RequestExamples>());

var execution = builder.Configuration.GetSection(ExecutionLimitsOptions.Section).Get<ExecutionLimitsOptions>() ?? new();
builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.AddConcurrencyLimiter(ExecuteEndpoint.RunsPolicy, runs =>
    {
        runs.PermitLimit = Math.Max(1, execution.MaxConcurrentRuns);
        runs.QueueLimit = Math.Max(0, execution.MaxQueuedRuns);
        runs.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
    });
});
builder.Services.AddClientRateLimiting(builder.Configuration);

var app = builder.Build();

// Outermost, so that the request's line has the status the client got (a 400 from
// BadRequestHandler, not the exception that UseExceptionHandler turned into it).
app.UseSerilogRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();

app.MapOpenApi();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/openapi/v1.json", "Python compilation service v1");
    ui.RoutePrefix = "swagger";
});
app.MapServiceHealth();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();

var api = app.MapGroup("/api/v1").WithTags("Python 3.11 pipeline").RequireClientRateLimit();
api.MapTokenize();
api.MapParse();
api.MapCompile();
api.MapExecute();

app.Run();

/// <summary>The entry point, visible to Api.Tests' WebApplicationFactory.</summary>
public partial class Program;
