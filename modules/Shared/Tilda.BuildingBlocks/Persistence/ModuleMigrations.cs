using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Tilda.BuildingBlocks.Persistence;

public static class ModuleMigrations
{
    /// <summary>
    /// Applies every module's pending migrations. On a server database the instances that start together queue on one
    /// database-wide lock held by a session of its own (<see cref="ProviderSql.AcquireMigrationLock"/>), so exactly one
    /// migrates while the others wait and then find nothing to do.
    /// </summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var databases = scope.ServiceProvider.GetServices<IModuleDatabase>().ToList();
        if (ProviderSql.AcquireMigrationLock(settings.Provider) is not { } acquire)
        {
            foreach (var database in databases) await database.MigrateAsync(cancellationToken);
            return;
        }

        await using DbConnection connection = settings.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(settings.ConnectionString)
            : new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, acquire, cancellationToken);
        try
        {
            foreach (var database in databases) await database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, ProviderSql.ReleaseMigrationLock(settings.Provider)!, CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
