using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Engine;

/// <summary>An indicator, where it came from (built-in, a plugin DLL, an administrator's definition) and the version of its
/// counting rule that a published table names.</summary>
internal sealed record IndicatorEntry(IIndicator Indicator, string Source, string Version)
{
    public IndicatorInfo Info => Indicator.Info;
}

/// <summary>Every indicator the service can compute: the code plugins discovered at start-up and the definitions
/// stored as data (their latest, not deleted, version — live as soon as they are saved; older versions on request).</summary>
internal sealed class IndicatorCatalog(IEnumerable<IIndicator> plugins, BuiltInIndicatorAssembly builtIn, StatisticsDbContext db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<IndicatorEntry> Plugins { get; } = plugins
        .GroupBy(p => p.Info.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .Select(p => p.GetType().Assembly == builtIn.Assembly
            ? new IndicatorEntry(p, "built-in", $"built-in:{p.Info.Version}")
            : new IndicatorEntry(p, $"plugin:{p.GetType().Assembly.GetName().Name}",
                $"plugin:{p.GetType().Assembly.GetName().Name} {p.GetType().Assembly.GetName().Version}:{p.Info.Version}"))
        .OrderBy(e => e.Info.Id, StringComparer.Ordinal)
        .ToList();

    public async Task<IReadOnlyList<IndicatorEntry>> AllAsync(CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(null, cancellationToken);
        return [.. Plugins, .. definitions.OrderBy(d => d.Info.Id, StringComparer.Ordinal)];
    }

    public async Task<IndicatorEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        Plugins.FirstOrDefault(p => p.Info.Id == id) ?? (await DefinitionsAsync(id, cancellationToken)).FirstOrDefault();

    public bool IsPlugin(string id) => Plugins.Any(p => p.Info.Id == id);

    private async Task<List<IndicatorEntry>> DefinitionsAsync(string? id, CancellationToken cancellationToken)
    {
        var query = db.Definitions.AsNoTracking();
        if (id is not null) query = query.Where(d => d.Id == id);
        var records = await query.ToListAsync(cancellationToken);
        return records
            .GroupBy(r => r.Id)
            .Select(g => g.MaxBy(r => r.Version)!)
            .Where(r => !r.Deleted)
            .Select(r => new IndicatorEntry(new DefinitionIndicator(JsonSerializer.Deserialize<IndicatorDefinition>(r.Definition, Json)!),
                $"definition:v{r.Version}", $"definition:{r.Version}"))
            .ToList();
    }
}

/// <summary>The assembly of the built-in indicators, to tell them from third-party plugins.</summary>
internal sealed record BuiltInIndicatorAssembly(System.Reflection.Assembly Assembly);
