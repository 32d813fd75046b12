using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests.Browser;

/// <summary>
/// The built host as its own process on a real SQLite file, and Debian's Chromium (<c>/usr/bin/chromium</c>, or
/// <c>TILDA_CHROMIUM</c>) driven by Playwright — what a user at the authority runs. Shared by the browser tests; each
/// test signs in in a browser context of its own. Every page a test checks is screenshotted under
/// <c>artifacts/browser/</c> and checked with axe-core; the results per page go to <c>artifacts/browser/axe.txt</c>.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly HostDatabases _databases = new();
    private IPlaywright? _playwright;
    private readonly ConcurrentDictionary<string, string> _axe = new();

    public HostInstance Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string Database { get; private set; } = "";

    public static readonly string Artifacts = Path.Combine(RepositoryRoot(), "artifacts", "browser");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        Database = _databases.New();
        Host = await HostInstance.StartAsync(Database, _databases.Folder, ("Logging__Console__LogToStandardErrorThreshold", "Error"));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TILDA_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Root in CI has no user namespace for Chromium's sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser (no cookies), signed in with a one-time link printed by the real <c>token</c> verb.</summary>
    public async Task<IPage> SignInAsync(string user, params string[] roles)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.Address.ToString(), AcceptDownloads = true, Locale = "fi-FI" });
        var page = await context.NewPageAsync();
        var link = await SignInLinkAsync(user, roles);
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    public async Task<string> SignInLinkAsync(string user, params string[] roles)
    {
        var (exit, output, error) = await HostProcess.RunAsync(["token", "--user", user, .. roles.SelectMany(r => new[] { "--role", r }), "--sign-in-link"],
            ("Urls", Host.Address.ToString()));
        Assert.True(exit == 0, error);
        return output.Trim();
    }

    /// <summary>Screenshots the page and runs axe-core on it: no serious or critical violation is allowed.</summary>
    public async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        _axe[name] = $"{name} ({new Uri(page.Url).AbsolutePath}): {result.Violations.Length} violations " +
                     $"({blocking.Count} serious or critical){string.Concat(result.Violations.Select(v => $"\n    {v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)"))}";
        Assert.True(blocking.Count == 0, $"axe-core on {name}: " + string.Join("; ", blocking.Select(v =>
            $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    public async Task DisposeAsync()
    {
        await File.WriteAllLinesAsync(Path.Combine(Artifacts, "axe.txt"), _axe.OrderBy(e => e.Key).Select(e => e.Value));
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(Artifacts, "host-errors.txt"), Host.RecentErrors);
            await Host.DisposeAsync();
        }
        _databases.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Tilda.sln"))) return folder.FullName;
        return Path.GetTempPath();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
