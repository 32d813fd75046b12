namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>A data folder and fresh databases for the host processes a test starts itself (<see cref="HostInstance"/>);
/// the databases are dropped when it is disposed.</summary>
public sealed class HostDatabases : IDisposable
{
    private readonly List<string> _databases = [];

    public string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tilda-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string New()
    {
        var database = TestProvider.NewDatabase(Folder);
        _databases.Add(database);
        return database;
    }

    /// <summary>Two host processes started at the same moment on one new database (their migrations must not race).</summary>
    public async Task<HostPair> TwoHostsOnOneDatabaseAsync()
    {
        var database = New();
        var hosts = await Task.WhenAll(HostInstance.StartAsync(database, Folder), HostInstance.StartAsync(database, Folder));
        return new HostPair(database, hosts[0], hosts[1]);
    }

    public void Dispose()
    {
        foreach (var database in _databases) TestProvider.DropDatabase(database);
    }
}

/// <summary>Two host processes on one database; disposing stops both.</summary>
public sealed record HostPair(string Database, HostInstance First, HostInstance Second) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
