using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>The README's "A first call", followed as written — its token command, its request bodies — against a host
/// process on a fresh database: the first read of the case shows the client.</summary>
public sealed partial class ReadmeFirstCallTests : IDisposable
{
    private readonly HostDatabases _databases = new();

    [Fact]
    public async Task Given_the_readme_first_call_When_followed_as_written_Then_the_first_read_shows_a_client_since_the_decision()
    {
        var section = FirstCallSection();
        var tokenArguments = TokenCommand().Match(section).Groups["arguments"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bodies = Bodies().Matches(section).Select(m => m.Groups["body"].Value).ToList();
        Assert.Equal(2, bodies.Count);
        await using var host = await HostInstance.StartAsync(_databases.New(), _databases.Folder);
        var (exitCode, token, _) = await HostProcess.RunAsync(tokenArguments);
        Assert.Equal(0, exitCode);
        using var client = new HttpClient { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());

        var registered = await client.PostAsync("/api/applications", new StringContent(bodies[0], Encoding.UTF8, "application/json"));
        await registered.ShouldBe(HttpStatusCode.Created);
        var created = await registered.Json();
        var admission = bodies[1].Replace("<applicationId>", created["applicationId"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await client.PostAsync("/api/decisions/admission", new StringContent(admission, Encoding.UTF8, "application/json"))).ShouldBe(HttpStatusCode.Created);
        var read = await client.GetAsync($"/api/cases/{created["caseId"]!.GetValue<string>()}");

        await read.ShouldBe(HttpStatusCode.OK);
        Assert.NotNull(read.Headers.ETag);
        var @case = await read.Json();
        Assert.Equal(("client", "2025-03-20"), (@case["status"]!.GetValue<string>(), @case["clientSince"]!.GetValue<string>()));
        Assert.Contains("status \"client\", clientSince 2025-03-20", section);
    }

    private static string FirstCallSection()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tilda.sln"))) folder = folder.Parent;
        var readme = File.ReadAllText(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No Tilda.sln above the test folder."), "README.md"));
        var start = readme.IndexOf("### A first call", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no \"A first call\" section");
        var end = readme.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    [GeneratedRegex(@"\$\(dotnet run --project host/Tilda\.Host -- (?<arguments>token [^)]*)\)")]
    private static partial Regex TokenCommand();

    [GeneratedRegex(@"-d '(?<body>[^']*)'")]
    private static partial Regex Bodies();

    public void Dispose() => _databases.Dispose();
}
