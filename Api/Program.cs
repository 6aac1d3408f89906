using Api.Endpoints;
using Api.OpenApi;
using Api.Options;
using Api.Sandbox;
using Engine.Pipeline;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());

builder.Services.Configure<SourceOptions>(builder.Configuration.GetSection(SourceOptions.Section));
builder.Services.Configure<ExecutionLimitsOptions>(builder.Configuration.GetSection(ExecutionLimitsOptions.Section));
builder.Services.ConfigureHttpJsonOptions(json => AnswerJson.Configure(json.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
// Unreadable bodies raise BadHttpRequestException in every environment, so BadRequestHandler
// answers them the same way in Development and Production.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddSandbox(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<SandboxHealthCheck>("sandbox", tags: ["ready"]);
builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer<RequestExamples>());

var app = builder.Build();
app.StartSandbox();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSerilogRequestLogging();

app.MapOpenApi();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/openapi/v1.json", "Python compilation service v1");
    ui.RoutePrefix = "swagger";
});
app.MapHealthChecks("/health");
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();

var api = app.MapGroup("/api/v1").WithTags("Python 3.11 pipeline");
api.MapTokenize();
api.MapParse();
api.MapCompile();
api.MapExecute();

app.Run();

/// <summary>The entry point, visible to Api.Tests' WebApplicationFactory.</summary>
public partial class Program;
