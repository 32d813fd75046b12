using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Testing.Persistence;

/// <summary>A module's DbContext on each provider: the module's name and the subclass that carries that provider's migrations.</summary>
public sealed record ModuleContexts(string Module, Type Sqlite, Type PostgreSql, Type SqlServer)
{
    /// <summary>Found as build/migrations.sh names them: the context's <c>Module</c> constant, and beside the context
    /// one subclass per provider, <c>&lt;Provider&gt;&lt;Context&gt;</c> (<c>SqliteCasesDbContext</c>, …).</summary>
    public static ModuleContexts Of(Type context)
    {
        var module = context.GetField("Module")?.GetRawConstantValue() as string
            ?? throw new InvalidOperationException($"{context.Name} has no Module constant.");
        var subclasses = context.Assembly.GetTypes().Where(t => t.IsSubclassOf(context)).ToList();
        Type Subclass(DatabaseProvider provider) => subclasses.SingleOrDefault(t => t.Name == $"{provider}{context.Name}")
            ?? throw new InvalidOperationException($"{context.Name} has no {provider}{context.Name} for that provider's migrations.");
        return new(module, Subclass(DatabaseProvider.Sqlite), Subclass(DatabaseProvider.PostgreSql), Subclass(DatabaseProvider.SqlServer));
    }

    /// <summary>Nothing connects to these (as in build/migrations.sh), except SQLite, in memory.</summary>
    private static string PlaceholderConnection(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "Host=localhost;Database=tilda_design",
        DatabaseProvider.SqlServer => "Server=localhost;Database=tilda_design;TrustServerCertificate=true",
        _ => "Data Source=:memory:",
    };

    public Type For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSql,
        DatabaseProvider.SqlServer => SqlServer,
        _ => Sqlite,
    };

    /// <summary>
    /// The provider's context configured as the host configures it (<see cref="ModuleDbContextRegistration.UseModuleProvider"/>),
    /// with a model built for it alone (no cache shared with another test, so model-building warnings are logged here)
    /// and every warning EF logs added to <paramref name="warnings"/>.
    /// </summary>
    public DbContext Create(DatabaseProvider provider, ICollection<string> warnings)
    {
        var type = For(provider);
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        options.UseModuleProvider(new DatabaseSettings(provider, PlaceholderConnection(provider)), Module);
        options.EnableServiceProviderCaching(false);
        options.LogTo(warnings.Add, LogLevel.Warning);
        return (DbContext)Activator.CreateInstance(type, options.Options)!;
    }
}
