using Tilda.Host;
using Tilda.Host.Cli;
using Tilda.Modules.Statistics;

// CLI verbs run against the same configuration as the service, then exit.
if (args.Length > 0 && args[0] == "token")
{
    var configurationOnly = WebApplication.CreateBuilder(args[1..]);
    return TokenCommand.Run(args[1..], configurationOnly.Configuration, configurationOnly.Environment.ContentRootPath, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args.Length > 0 && Verbs.Contains(args[0]) ? args[1..] : args);
builder.AddTilda();
var app = builder.Build();
app.UseTilda();
await app.MigrateModuleDatabasesAsync();
if (args.Length > 0 && args[0] == "rebuild-statistics")
{
    Console.WriteLine(await StatisticsModuleRegistration.RebuildStatisticsAsync(app.Services, CancellationToken.None));
    return 0;
}
if (args.Length > 0 && args[0] == "demo-data") return await DemoDataCommand.RunAsync(app, args[1..]);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program
{
    /// <summary>Command-line verbs: each runs against the service's configuration and database, then exits.</summary>
    private static readonly string[] Verbs = ["token", "rebuild-statistics", "demo-data"];
}

