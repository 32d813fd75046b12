using System.Net;
using System.Net.Sockets;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>Where the host process listens: the hosting conventions container images use, and the README's default.</summary>
public sealed class HostingTests : IDisposable
{
    private readonly HostDatabases _databases = new();

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    public async Task Given_the_listening_variable_a_container_image_sets_When_the_host_starts_Then_it_serves_there(string variable)
    {
        var port = HostInstance.FreePort();
        var value = variable == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await using var host = await HostInstance.StartAsync(_databases.New(), _databases.Folder, new Uri($"http://127.0.0.1:{port}"), [(variable, value)]);

        var (_, caseId) = await host.ClientAs("caseworker").RegisterAsync();
        await host.ClientAs("caseworker").GetJson($"/api/cases/{caseId}");
    }

    [Fact]
    public async Task Given_nothing_says_where_to_listen_When_the_host_starts_Then_it_takes_localhost_5080()
    {
        var free = PortIsFree(5080);

        var start = HostInstance.StartAsync(_databases.New(), _databases.Folder, new Uri("http://localhost:5080"), []);

        if (free)
        {
            await using var host = await start;
            await (await host.ClientAs("caseworker").GetAsync("/api/code-lists")).ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            // Another process holds 5080 on this machine: the host must have tried that port, and said so.
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => start);
            Assert.Contains("5080", refused.Message);
            Assert.Contains("address already in use", refused.Message);
        }
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose() => _databases.Dispose();
}
