// The bare endpoint the service's tokenize is measured against (dotnet run -c Release --project
// Benchmarks -- load): what `dotnet new web` gives, plus one POST that reads a small JSON body
// and answers a small JSON record. Same host defaults and Kestrel defaults as the service.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapPost("/echo", (EchoRequest request) => new EchoAnswer(request.Source?.Length ?? 0, request.Filename ?? "<string>"));

app.Run();

internal sealed record EchoRequest(string? Source, string? Filename);

internal sealed record EchoAnswer(int Length, string Filename);
