using System.Diagnostics;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Runs the built host as its own process (CLI verbs), as an operator would.</summary>
public static class HostProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Auth__SigningKey"] = TildaApp.SigningKey;
        start.Environment["Tilda__DataPath"] = Path.Combine(Path.GetTempPath(), "tilda-tests", "cli");
        start.Environment["ConnectionStrings__Tilda"] = $"Data Source={Path.Combine(Path.GetTempPath(), "tilda-tests", "cli", "tilda.db")}";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The environment that points a process at the app's database and data folder (same keys).</summary>
    public static (string, string)[] SameDatabaseAs(TildaApp app) =>
    [
        .. TestProvider.Settings(app.DatabaseFile).Select(s => (Environment(s.Key), s.Value)),
        ("Tilda__DataPath", app.Folder),
        .. app.Settings.Select(s => (Environment(s.Key), s.Value ?? "")),
    ];

    private static string Environment(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
