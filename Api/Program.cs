using Api.Endpoints;
using Api.Health;
using Api.Hosting;
using Api.Observability;
using Api.OpenApi;
using Api.Options;
using Api.RateLimiting;
using Api.Sandbox;
using Engine.Pipeline;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceLogging();

builder.Services.Configure<SourceOptions>(builder.Configuration.GetSection(SourceOptions.Section));
builder.Services.Configure<ExecutionLimitsOptions>(builder.Configuration.GetSection(ExecutionLimitsOptions.Section));
builder.Services.ConfigureHttpJsonOptions(json => AnswerJson.Configure(json.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
// Unreadable bodies raise BadHttpRequestException in every environment, so BadRequestHandler
// answers them the same way in Development and Production.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddSingleton<StageRunner>();
builder.Services.AddHostedService<IdleMemoryTrimmer>();
builder.Services.AddSandbox(builder.Configuration);
builder.Services.AddServiceHealthChecks().AddCheck<SandboxHealthCheck>("sandbox", tags: [ServiceHealth.Ready]);
builder.Services.AddOpenApi(openApi => openApi
    .AddDocumentTransformer<ServiceDescription>()
    .AddOperationTransformer<RequestExamples>());
builder.Services.AddClientRateLimiting(builder.Configuration);

var app = builder.Build();
app.StartSandbox();

// Behind a proxy that keeps its prefix ("PathBase": "/python"), the app answers under it; the
// playground and Swagger UI use relative URLs, so they work under any prefix, stripped or not.
if (app.Configuration["PathBase"] is { Length: > 0 } pathBase)
{
    app.UsePathBase(pathBase);
    app.UseRouting();
}

// Outermost: see UseServiceLogging.
app.UseServiceLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseKnownRequestCharsets();
// The playground: wwwroot/index.html at "/", its scripts and styles beside it.
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("../openapi/v1.json", "Python compilation service v1");
    ui.RoutePrefix = "swagger";
});
app.MapServiceHealth();

var api = app.MapGroup("/api/v1").WithTags("Python 3.11 pipeline").RequireClientRateLimit();
api.MapTokenize();
api.MapParse();
api.MapCompile();
api.MapExecute();

app.Run();

/// <summary>The entry point, visible to Api.Tests' WebApplicationFactory.</summary>
public partial class Program;
