using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Browser.Tests;

/// <summary>Debian's Chromium (or CHROMIUM_PATH), or null where none is installed.</summary>
public static class Chromium
{
    public static string? Path { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}

/// <summary>A test that needs a browser: skipped, not failed, on a machine without Chromium,
/// unless BROWSER_TESTS=required (CI, which installs Chromium: a missing browser fails there).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && Environment.GetEnvironmentVariable("BROWSER_TESTS") != "required")
            Skip = "No Chromium: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.";
    }
}

/// <summary>The real app on a real socket (Kestrel on a free port; a browser cannot reach the
/// in-memory test server) and one headless Chromium for all the tests.</summary>
public sealed class Playground : IAsyncLifetime
{
    private sealed class App(int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("RateLimiting:Enabled", "false");
            UseKestrel(port);
        }
    }

    private App? app;
    private IPlaywright? playwright;

    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Where the tests put their screenshots: screenshots/ under the test output.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null) return;
        var port = FreePort();
        app = new App(port);
        app.StartServer();
        Url = $"http://localhost:{port}/";
        Http = new HttpClient { BaseAddress = new Uri(Url) };
        // the sandbox's worker processes start with the app; wait for them as Api.Tests does
        var pool = app.Services.GetRequiredService<Engine.Sandbox.WorkerPool>();
        for (var i = 0; i < 600 && pool.ReadyWorkers < pool.Size; i++) await Task.Delay(50);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true });
    }

    public async Task<IPage> NewPage(string? url = null, int width = 1280, int height = 800)
    {
        if (Browser is null) throw new InvalidOperationException("No Chromium: install Debian's chromium or set CHROMIUM_PATH.");
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url ?? Url);
        await page.WaitForSelectorAsync("body[data-ready]");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Http?.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
