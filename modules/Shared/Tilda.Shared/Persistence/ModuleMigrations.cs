using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Tilda.Shared.Persistence;

public static class ModuleMigrations
{
    /// <summary>Arbitrary but fixed: every Tilda instance asks for the same PostgreSQL advisory lock.</summary>
    private const long MigrationLock = 0x54_69_6C_64_61_4D_69_67; // "TildaMig"

    /// <summary>
    /// Applies every module's pending migrations. On PostgreSQL the instances that start together queue on one advisory
    /// lock, so exactly one migrates while the others wait and then find nothing to do. (On SQLite, EF Core's own
    /// migration lock serialises processes on the same file.)
    /// </summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var databases = scope.ServiceProvider.GetServices<IModuleDatabase>().ToList();
        if (settings.Provider != DatabaseProvider.PostgreSql)
        {
            foreach (var database in databases) await database.MigrateAsync(cancellationToken);
            return;
        }

        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            foreach (var database in databases) await database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLock);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
