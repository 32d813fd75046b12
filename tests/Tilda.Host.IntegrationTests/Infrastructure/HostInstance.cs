using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>
/// The host as a real operating-system process on a loopback port — what runs in production — so tests can start two
/// instances on one database or kill one with SIGKILL.
/// </summary>
public sealed class HostInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();

    private HostInstance(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote to stderr (errors, when its console logs errors there).</summary>
    public string RecentErrors => string.Join('\n', _errors);

    /// <summary>Variables that say where a host listens; a started host gets only the one its test gives it.</summary>
    private static readonly string[] ListenVariables =
        ["Urls", "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTPS_PORTS"];

    public static Task<HostInstance> StartAsync(string database, string dataFolder, params (string Name, string Value)[] extra)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        return StartAsync(database, dataFolder, address, [("Urls", address.ToString()), .. extra]);
    }

    /// <summary>A host told where to listen by <paramref name="environment"/> alone (nothing, to take its default), reached at
    /// <paramref name="address"/>.</summary>
    public static async Task<HostInstance> StartAsync(string database, string dataFolder, Uri address, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var variable in ListenVariables) start.Environment.Remove(variable);
        start.Environment["Auth__SigningKey"] = TildaApp.SigningKey;
        start.Environment["Tilda__DataPath"] = dataFolder;
        start.Environment["Statistics__PluginsPath"] = Path.Combine(dataFolder, "plugins");
        start.Environment["Outbox__PollInterval"] = "00:00:00.050";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in TestProvider.Settings(database)) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        var instance = new HostInstance(process, address);
        // Drain the output so the process never blocks on a full pipe; keep the end of stderr for a failure message.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => instance.KeepError(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilReadyAsync();
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
        return instance;
    }

    public HttpClient ClientAs(params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TildaApp.Token("test-user", roles));
        return client;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.Until(async () =>
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}: {string.Join('\n', _errors)}");
            try { return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, TimeSpan.FromSeconds(60), "the host to become ready");
    }

    private void KeepError(string? line)
    {
        if (line is null) return;
        _errors.Enqueue(line);
        while (_errors.Count > 40) _errors.TryDequeue(out _);
    }

    /// <summary>SIGKILL: no shutdown, no flush — as a power cut would leave it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
