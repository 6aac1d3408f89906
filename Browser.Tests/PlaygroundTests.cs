using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Browser.Tests;

/// <summary>The playground page in headless Chromium against the real service.</summary>
public class PlaygroundTests(Playground playground) : IClassFixture<Playground>
{
    private const string Program = """
        def add(a, b):
            total = a + b
            return total

        x = add(2, 3)
        y = add(x, 10)
        print(x, y)

        """;

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Playground.Screenshots, name + ".png") });

    private static async Task Type(IPage page, string source)
    {
        var before = await page.EvaluateAsync<string?>("() => document.body.dataset.analyzed") ?? "0";
        await page.FillAsync("#source", source);
        await page.WaitForFunctionAsync($"() => (document.body.dataset.analyzed ?? '0') !== '{before}' && document.getElementById('source').value === {System.Text.Json.JsonSerializer.Serialize(source)}");
        // the analysis for the final text (several may run while typing)
        await page.WaitForTimeoutAsync(400);
    }

    private static Task<string> Marked(IPage page, string kind) =>
        page.EvaluateAsync<string>($"() => [...document.querySelectorAll('#marks .m-{kind}')].map(s => s.textContent).join('')");

    [BrowserFact]
    public async Task FirstLoadIsSmallAndInteractiveWithinASecond()
    {
        // a first page, so that what is measured is the page and not the server's first requests
        await (await playground.NewPage()).Context.CloseAsync();
        var page = await playground.NewPage();
        // every byte the first load moved (the page, its scripts and style, and the first analysis)
        var bytes = await page.EvaluateAsync<double>("""
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)
            """);
        var interactive = await page.EvaluateAsync<double>("() => window.playgroundReady");
        Assert.InRange(bytes, 1, 500 * 1024);
        Assert.InRange(interactive, 0, 1000);
        // interactive: the editor takes keys
        await page.FocusAsync("#source");
        await page.Keyboard.PressAsync("End");
        Assert.Equal("source", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task TypedProgramShowsTokensTreeAndBytecode()
    {
        var page = await playground.NewPage();
        await Type(page, Program);

        // Tokens: coloured spans, each with the tokenizer's type and position
        var total = page.Locator("#tokens span", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^total$") }).First;
        Assert.Equal("NAME 2:4–2:9 \"total\"", await total.GetAttributeAsync("title"));
        await total.HoverAsync();
        Assert.Equal("NAME 2:4–2:9 \"total\"", await page.TextContentAsync("#token-info"));
        Assert.Contains("t-kw", await page.Locator("#tokens span").First.GetAttributeAsync("class") ?? "");
        await page.FocusAsync("#tokens");
        await page.Keyboard.PressAsync("ArrowRight");
        // from the hovered `total` to the next token
        Assert.Equal("OP (EQUAL) 2:10–2:11 \"=\"", await page.TextContentAsync("#token-info"));
        await Shot(page, "tokens");

        // Tree: selecting a node highlights its source range
        await page.ClickAsync("#tab-tree");
        var binop = page.Locator("#tree summary", new() { HasText = "BinOp" }).First;
        await binop.ClickAsync();
        Assert.Equal("a + b", await Marked(page, "sel"));
        await page.Locator("#tree summary", new() { HasText = "FunctionDef" }).First.FocusAsync();
        Assert.StartsWith("def add(a, b):", await Marked(page, "sel"));
        await Shot(page, "tree");

        // Bytecode: an instruction highlights its source, and the cursor finds instructions
        await page.ClickAsync("#tab-bytecode");
        Assert.Contains("Disassembly of add (line 1)", await page.TextContentAsync("#bytecode"));
        await page.Locator("#bytecode tr", new() { HasText = "BINARY_OP" }).First.ClickAsync();
        Assert.Equal("a + b", await Marked(page, "sel"));
        var at = Program.IndexOf("add(x, 10)", StringComparison.Ordinal) + 1;
        await page.EvalOnSelectorAsync("#source", $"t => {{ t.focus(); t.setSelectionRange({at}, {at}); t.dispatchEvent(new MouseEvent('click')); }}");
        var hits = await page.Locator("#bytecode tr.hit td.op").AllTextContentsAsync();
        Assert.Contains("LOAD_NAME", hits);
        await Shot(page, "bytecode");
    }

    [BrowserFact]
    public async Task RunThenStepForwardAndBackShowsTheTrace()
    {
        var page = await playground.NewPage();
        await Type(page, Program);
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#run-status");
        Assert.Equal("ok", await page.TextContentAsync("#run-status"));
        Assert.Equal("5 15\n", await page.TextContentAsync("#run-stdout"));
        await Shot(page, "run");

        // the trace the page got, asked for again
        using var response = await playground.Http.PostAsJsonAsync("api/v1/execute", new { source = Program, trace = true });
        var trace = (await response.Content.ReadFromJsonAsync<JsonNode>())!["trace"]!.AsArray();

        await page.ClickAsync("#tab-step");
        await page.FocusAsync("#step-forward");
        await page.Keyboard.PressAsync("Home");
        await CheckStep(page, trace, 0);
        // forward with the keyboard into add()'s body, where `total` is new
        var inside = Enumerable.Range(0, trace.Count).First(i => (string?)trace[i]!["opname"] == "STORE_FAST");
        await page.EvalOnSelectorAsync("body", "b => b.focus()");
        for (var i = 0; i < inside; i++) await page.Keyboard.PressAsync("ArrowRight");
        await CheckStep(page, trace, inside);
        Assert.Equal(["add", "<module>"], await page.Locator("#step-calls li").AllTextContentsAsync());
        Assert.Contains("(new)", await page.TextContentAsync("#step-locals tr[data-name=total]") ?? "");
        Assert.Equal("total", await Marked(page, "instr"));
        // back one, with the button
        await page.ClickAsync("#step-back");
        await CheckStep(page, trace, inside - 1);
        Assert.Equal("a + b", await Marked(page, "instr"));
        await Shot(page, "step");
        // the last step, then back with the key
        await page.ClickAsync("#step-last");
        await CheckStep(page, trace, trace.Count - 1);
        await page.EvalOnSelectorAsync("body", "b => b.focus()");
        await page.Keyboard.PressAsync("ArrowLeft");
        await CheckStep(page, trace, trace.Count - 2);
        // the slider
        await page.Locator("#step-slider").FillAsync("3");
        await CheckStep(page, trace, 3);
    }

    private static async Task CheckStep(IPage page, JsonArray trace, int i)
    {
        var step = trace[i]!;
        Assert.Equal($"step {i + 1} / {trace.Count}", await page.TextContentAsync("#step-count"));
        var stack = step["stack"]!.AsArray().Select(v => (string)v!).Reverse().ToList();
        var shown = await page.Locator("#step-stack li").AllTextContentsAsync();
        Assert.Equal(stack.Count == 0 ? ["empty"] : stack, shown);
        var locals = step["locals"]!.AsObject().Select(kv => $"{kv.Key}={(string)kv.Value!}").ToList();
        var rows = await page.EvalOnSelectorAllAsync<string[]>("#step-locals tr[data-name]",
            "rows => rows.map(r => r.dataset.name + '=' + r.querySelector('td').firstChild.textContent)");
        Assert.Equal(locals, rows);
        Assert.Contains($"offset {(int)step["offset"]!}  {(string)step["opname"]!}", await page.TextContentAsync("#step-where"));
        Assert.Equal((int)step["offset"]!, int.Parse(await page.GetAttributeAsync("#step-code tr.current", "data-offset") ?? "-1"));
    }

    [BrowserFact]
    public async Task UncaughtExceptionShowsCPythonsTraceback()
    {
        var page = await playground.NewPage();
        await Type(page, "def f(n):\n    return 10 // n\n\nf(0)\n");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#run-traceback");
        Assert.Equal("error", await page.TextContentAsync("#run-status"));
        Assert.EndsWith("ZeroDivisionError: integer division or modulo by zero\n", await page.TextContentAsync("#run-traceback"));
    }

    [BrowserFact]
    public async Task SyntaxErrorIsShownInPlaceWithCPythonsMessageAndCaret()
    {
        var page = await playground.NewPage();
        await Type(page, "values = [1, 2, 3]\nprint(sum(values)\n");
        await page.WaitForSelectorAsync("#syntax-error-text");
        Assert.Equal("  File \"<string>\", line 2\n    print(sum(values)\n         ^\nSyntaxError: '(' was never closed",
            await page.TextContentAsync("#syntax-error-text"));
        Assert.Equal("(", await Marked(page, "error"));
        await Shot(page, "syntax-error");
    }

    [BrowserFact]
    public async Task ALinkWithTheProgramOpensIt()
    {
        var page = await playground.NewPage();
        const string source = "names = ['Ada', 'Grace']\nfor name in names:\n    print(f'hello {name} ✓')\n";
        await Type(page, source);
        await page.ClickAsync("#share");
        // The link is made asynchronously (CompressionStream): wait until it is there.
        await page.WaitForFunctionAsync("() => document.querySelector('#share-link').value.includes('#')");
        var link = await page.InputValueAsync("#share-link");
        Assert.StartsWith(playground.Url + "#", link);
        var opened = await playground.NewPage(link);
        // Opening decodes the fragment asynchronously too.
        await opened.WaitForFunctionAsync("() => document.querySelector('#source').value.length > 0");
        Assert.Equal(source, await opened.InputValueAsync("#source"));
        await opened.WaitForSelectorAsync("#tokens span[title^=STRING]");
    }

    [BrowserFact]
    public async Task OnAPhoneThePageFitsTheScreen()
    {
        var page = await playground.NewPage(width: 390, height: 844);
        await page.WaitForSelectorAsync("#tokens span");
        var wider = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')
            """);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "wider than the screen: " + wider);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Playground.Screenshots, "phone.png"), FullPage = true });
    }
}
