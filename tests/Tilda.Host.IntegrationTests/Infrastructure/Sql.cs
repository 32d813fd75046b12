using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Host.IntegrationTests.Infrastructure;

public static class Sql
{
    /// <summary>A Guid literal as the providers store it: upper-case text on SQLite, a uuid or uniqueidentifier on the servers.</summary>
    public static string Id(Guid id) => TestProvider.Current == DatabaseProvider.Sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";
}
