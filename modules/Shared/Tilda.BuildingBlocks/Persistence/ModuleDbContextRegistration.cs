using System.Reflection;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tilda.BuildingBlocks.Outbox;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers what every module has: its DbContext and the subclass that carries its migrations on the configured
    /// provider (EF Core keeps one model snapshot per context type, so each provider's generated migrations belong to a
    /// context type of their own, in <c>Migrations/Sqlite</c>, <c>Migrations/PostgreSql</c> and <c>Migrations/SqlServer</c>;
    /// the module's code only ever sees <typeparamref name="TContext"/>), its own migrations history, its
    /// migrator, its outbox for the relay (unless it publishes nothing), the integration events of
    /// <paramref name="events"/> (its Contracts) for reading that outbox back, and, from its assembly, its
    /// integration-event handlers and validators.
    /// </summary>
    public static IServiceCollection AddModule<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, DatabaseSettings database, string module, Assembly? events)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql: services.AddDbContext<TContext, TPostgreSql>((sp, o) => Configure(sp, o, database, module)); break;
            case DatabaseProvider.SqlServer: services.AddDbContext<TContext, TSqlServer>((sp, o) => Configure(sp, o, database, module)); break;
            default: services.AddDbContext<TContext, TSqlite>((sp, o) => Configure(sp, o, database, module)); break;
        }
        services.AddScoped<IModuleDatabase>(sp => new ModuleDatabase<TContext>(sp.GetRequiredService<TContext>(), module));
        if (events is not null)
        {
            services.AddSingleton(new IntegrationEventAssembly(events));
            services.AddScoped<IOutboxStore>(sp => new EfOutboxStore<TContext>(sp.GetRequiredService<TContext>(), module, database.Provider));
        }
        services.Scan(scan => scan.FromAssemblyOf<TContext>()
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithSingletonLifetime());
        return services;
    }

    /// <summary>The provider options a module's context gets at run time, and at design time when migrations are generated.</summary>
    public static void UseModuleProvider(this DbContextOptionsBuilder options, DatabaseSettings database, string module)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable("__migrations", module));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(database.ConnectionString, o => o.MigrationsHistoryTable("__migrations", module));
                break;
            default:
                options.UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable(ModuleTables.For(module, "Sqlite").MigrationsHistoryTable));
                options.AddInterceptors(SqliteDurability.Instance);
                break;
        }
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options, DatabaseSettings database, string module)
    {
        options.UseModuleProvider(database, module);
        options.AddInterceptors(services.GetRequiredService<OutboxSignal>().Interceptor);
    }
}
