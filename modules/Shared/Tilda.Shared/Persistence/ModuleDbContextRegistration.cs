using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using FluentValidation;
using Tilda.Shared.Events;
using Tilda.Shared.Outbox;

namespace Tilda.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers what every module has: its DbContext (see <see cref="AddModuleDbContext{TContext}"/>) and, from its
    /// assembly, its integration-event handlers and its validators.
    /// </summary>
    public static IServiceCollection AddModule<TContext>(this IServiceCollection services, string module, bool hasOutbox = true)
        where TContext : DbContext
    {
        services.AddModuleDbContext<TContext>(module, hasOutbox);
        services.Scan(scan => scan.FromAssemblyOf<TContext>()
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithSingletonLifetime());
        return services;
    }

    /// <summary>
    /// Registers a module's DbContext on the configured provider with its own migrations history table,
    /// plus its migrator and (unless it publishes nothing) its outbox for the relay.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, bool hasOutbox = true)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            switch (settings.Provider)
            {
                case DatabaseProvider.PostgreSql:
                    options.UseNpgsql(settings.ConnectionString,
                        o => o.MigrationsHistoryTable("__migrations", module));
                    break;
                default:
                    options.UseSqlite(settings.ConnectionString,
                        o => o.MigrationsHistoryTable(ModuleTables.For(module, null).MigrationsHistoryTable));
                    options.AddInterceptors(SqliteDurability.Instance);
                    break;
            }
            // Migrations are hand-written without a model snapshot (no EF design-time tooling here).
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            options.AddInterceptors(sp.GetRequiredService<OutboxSignal>().Interceptor);
        });
        services.AddScoped<IModuleDatabase>(sp => new ModuleDatabase<TContext>(sp.GetRequiredService<TContext>(), module));
        if (hasOutbox)
            services.AddScoped<IOutboxStore>(sp => new EfOutboxStore<TContext>(sp.GetRequiredService<TContext>(), module));
        return services;
    }
}
