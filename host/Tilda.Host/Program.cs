using Tilda.Host;
using Tilda.Host.Cli;

// CLI verbs run against the same configuration as the service, then exit.
if (args.Length > 0 && args[0] == "token")
{
    var configurationOnly = WebApplication.CreateBuilder(args[1..]);
    return TokenCommand.Run(args[1..], configurationOnly.Configuration, configurationOnly.Environment.ContentRootPath, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddTilda();
var app = builder.Build();
app.UseTilda();
await app.MigrateModuleDatabasesAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
