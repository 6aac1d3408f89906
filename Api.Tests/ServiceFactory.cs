using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests;

/// <summary>The real app, in memory. Quiet logs; a small source limit so the 413 path is cheap to reach.</summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    public const int MaxSourceChars = 100_000;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Source:MaxSourceChars", MaxSourceChars.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}

internal static class Http
{
    /// <summary>A client of <paramref name="app"/> once every sandbox worker process is up (they start with the app).</summary>
    public static async Task<HttpClient> ReadyClient(this WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        var pool = app.Services.GetRequiredService<Engine.Sandbox.WorkerPool>();
        for (var i = 0; i < 600 && pool.ReadyWorkers < pool.Size; i++) await Task.Delay(50);
        Assert.Equal(pool.Size, pool.ReadyWorkers);
        return client;
    }

    public static async Task<(int Status, JsonNode Body, string MediaType)> PostJson(this HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await Read(response);
    }

    public static async Task<(int Status, JsonNode Body, string MediaType)> PostRaw(this HttpClient client, string path, string body, string mediaType = "application/json")
    {
        using var response = await client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, mediaType));
        return await Read(response);
    }

    private static async Task<(int, JsonNode, string)> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 10_000 })!;
        return ((int)response.StatusCode, node, response.Content.Headers.ContentType?.MediaType ?? "");
    }
}
