namespace Tilda.Host.IntegrationTests.Infrastructure;

public static class Sql
{
    /// <summary>A Guid literal as the providers store it: upper-case text on SQLite, a uuid on PostgreSQL.</summary>
    public static string Id(Guid id) => TestProvider.IsPostgres ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";
}
