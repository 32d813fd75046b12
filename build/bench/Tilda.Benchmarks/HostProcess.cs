using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Benchmarks;

/// <summary>
/// The real host (Tilda.Host.dll), started as its own process on a database the bench prepared, so its memory is its own
/// and measured as the operating system sees it (peak resident set, VmHWM).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public IEnumerable<string> Output => _output;

    /// <summary>Starts the host and waits until it answers <c>/health/ready</c> (it has migrated the database by then).</summary>
    public static async Task<HostProcess> StartAsync(string hostDll, DatabaseSettings database, string dataFolder)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = new Process { StartInfo = StartInfo(hostDll, database, dataFolder, []) };
        process.StartInfo.Environment["Urls"] = address.ToString();
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{string.Join('\n', host._output.TakeLast(40))}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return host;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (started.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The host did not become ready within 2 minutes.");
            await Task.Delay(200);
        }
    }

    /// <summary>Runs one of the host's verbs (e.g. <c>demo-data</c>) to its end; its output.</summary>
    public static async Task<string> RunAsync(string hostDll, DatabaseSettings database, string dataFolder, string[] arguments)
    {
        using var process = Process.Start(StartInfo(hostDll, database, dataFolder, arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{arguments[0]} failed ({process.ExitCode}): {output}\n{await error}");
        return output;
    }

    /// <summary>A token from the host's own <c>token</c> verb, signed with the same key as the running host's.</summary>
    public static async Task<string> TokenAsync(string hostDll, DatabaseSettings database, string dataFolder, string role)
    {
        using var process = Process.Start(StartInfo(hostDll, database, dataFolder, ["token", "--user", "bench", "--role", role]))!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"token failed: {await process.StandardError.ReadToEndAsync()}");
        return token;
    }

    /// <summary>The host's peak resident memory so far, in bytes.</summary>
    public long PeakMemory()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string hostDll, DatabaseSettings database, string dataFolder, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dataFolder };
        info.ArgumentList.Add(hostDll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = database.Provider.ToString();
        info.Environment["ConnectionStrings__Tilda"] = database.ConnectionString;
        info.Environment["Tilda__DataPath"] = dataFolder;
        // Shared secrets, as a server database requires; fixed, so the token verb and the host agree.
        info.Environment["Auth__SigningKey"] = "bench-signing-key-0123456789abcdef0123456789";
        info.Environment["Statistics__PseudonymKey"] = "bench-pseudonym-key-0123456789abcdef012345";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Tilda.Modules.Statistics"] = "Information";
        // TILDA_BENCH_VERBOSE: the host logs every SQL command with its time.
        if (Environment.GetEnvironmentVariable("TILDA_BENCH_VERBOSE") is not null)
            info.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
