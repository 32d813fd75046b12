using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tilda.Host.Auth;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP on its own fresh database (a SQLite file, or a PostgreSQL database — see
/// <see cref="TestProvider"/>) and data folder. One instance per test class (a class fixture);
/// <see cref="Restart"/> gives a new host on the same database, as after a crash or a deploy.
/// </summary>
public class TildaApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "integration-tests-signing-key-of-at-least-32-bytes";

    public TildaApp() : this(Path.Combine(Path.GetTempPath(), "tilda-tests", Guid.NewGuid().ToString("N")), database: null, owner: true) { }

    private TildaApp(string folder, string? database, bool owner, Action<IServiceCollection>? configureServices = null)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        DatabaseFile = database ?? TestProvider.NewDatabase(folder);
        _ownsDatabase = owner;
        ConfigureServices = configureServices;
    }

    private bool _ownsDatabase;

    public string Folder { get; }
    /// <summary>The database target: a SQLite file path, or <c>postgres:</c> and a connection string (see <see cref="Infrastructure.DatabaseFile"/>).</summary>
    public string DatabaseFile { get; }
    public Action<IServiceCollection>? ConfigureServices { get; init; }
    /// <summary>Configuration to add or override, e.g. <c>Statistics:Disclosure:Threshold</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>A new host on the same database and data folder.</summary>
    /// <remarks>The new host takes over the database: it is dropped when the last of them is disposed.</remarks>
    public TildaApp Restart(Action<IServiceCollection>? configureServices = null)
    {
        var restarted = new TildaApp(Folder, DatabaseFile, _ownsDatabase, configureServices) { Settings = Settings };
        _ownsDatabase = false;
        return restarted;
    }

    /// <summary>A host on an existing database and data folder (e.g. restored from a backup); it drops the database when disposed.</summary>
    public static TildaApp Open(string folder, string database, IReadOnlyDictionary<string, string?> settings) =>
        new(folder, database, owner: true) { Settings = settings };

    public static TildaApp WithSettings(params (string Key, string? Value)[] settings) =>
        new() { Settings = settings.ToDictionary(s => s.Key, s => s.Value) };

    /// <summary>Waits until every module's outbox is delivered: from then on the statistics reflect every write.</summary>
    public Task EventsDelivered(TimeSpan? timeout = null) =>
        Eventually.Until(async () => await Infrastructure.DatabaseFile.UndeliveredEventsAsync(DatabaseFile) == 0,
            timeout, what: "every integration event to be delivered");

    public static TildaApp WithServices(Action<IServiceCollection> configureServices) => new() { ConfigureServices = configureServices };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in TestProvider.Settings(DatabaseFile)) builder.UseSetting(key, value);
        builder.UseSetting("Tilda:DataPath", Folder);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
        builder.UseSetting("Outbox:RetryDelay", "00:00:00.100");
        builder.UseSetting("Outbox:MaxRetryDelay", "00:00:00.500");
        builder.UseSetting("Statistics:PluginsPath", Path.Combine(Folder, "plugins"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureServices is not null) builder.ConfigureTestServices(ConfigureServices);
    }

    /// <summary>An HTTP client with a bearer token for the given roles (none: anonymous).</summary>
    public HttpClient ClientAs(params string[] roles) => ClientFor("test-user", roles);

    public HttpClient ClientFor(string user, params string[] roles)
    {
        var client = CreateClient();
        if (roles.Length > 0)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(user, roles));
        return client;
    }

    public static string Token(string user, IEnumerable<string> roles, string signingKey = SigningKey) =>
        Token([new Claim("sub", user), .. roles.Select(r => new Claim("role", r))], signingKey);

    /// <summary>A validly signed token with exactly these claims.</summary>
    public static string Token(IEnumerable<Claim> claims, string signingKey = SigningKey) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthSetup.Issuer,
            Audience = AuthSetup.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && _ownsDatabase) TestProvider.DropDatabase(DatabaseFile);
    }
}
