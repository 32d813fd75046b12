using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Indicators;

/// <summary>An indicator and where it came from: built-in, a plugin DLL, or an administrator's definition.</summary>
internal sealed record CatalogEntry(IIndicator Indicator, string Source);

/// <summary>Every indicator the service can compute: the code plugins discovered at start-up and the definitions
/// stored as data (their latest, not deleted, version — live as soon as they are saved).</summary>
internal sealed class IndicatorCatalog(IEnumerable<IIndicator> plugins, BuiltInIndicatorAssembly builtIn, StatisticsDbContext db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<CatalogEntry> Plugins { get; } = plugins
        .GroupBy(p => p.Info.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .Select(p => new CatalogEntry(p, p.GetType().Assembly == builtIn.Assembly ? "built-in" : $"plugin:{p.GetType().Assembly.GetName().Name}"))
        .OrderBy(e => e.Indicator.Info.Id, StringComparer.Ordinal)
        .ToList();

    public async Task<IReadOnlyList<CatalogEntry>> AllAsync(CancellationToken cancellationToken)
    {
        var definitions = await CurrentDefinitionsAsync(cancellationToken);
        return [.. Plugins, .. definitions.OrderBy(d => d.Indicator.Info.Id, StringComparer.Ordinal)];
    }

    public async Task<CatalogEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        Plugins.FirstOrDefault(p => p.Indicator.Info.Id == id)
        ?? (await CurrentDefinitionsAsync(cancellationToken, id)).FirstOrDefault();

    public bool IsPlugin(string id) => Plugins.Any(p => p.Indicator.Info.Id == id);

    private async Task<List<CatalogEntry>> CurrentDefinitionsAsync(CancellationToken cancellationToken, string? id = null)
    {
        var query = db.Definitions.AsNoTracking();
        if (id is not null) query = query.Where(d => d.Id == id);
        var records = await query.ToListAsync(cancellationToken);
        return records
            .GroupBy(r => r.Id)
            .Select(g => g.MaxBy(r => r.Version)!)
            .Where(r => !r.Deleted)
            .Select(r => new CatalogEntry(
                new DefinitionIndicator(JsonSerializer.Deserialize<IndicatorDefinition>(r.Definition, Json)!, r.Version),
                $"definition:v{r.Version}"))
            .ToList();
    }
}

/// <summary>The assembly of the built-in indicators, to tell them from third-party plugins.</summary>
internal sealed record BuiltInIndicatorAssembly(System.Reflection.Assembly Assembly);
