using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>Whether this process has put the shipped packs and mappings in the store yet (once per process).</summary>
internal sealed class PackSeed
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public bool Done { get; set; }
}

/// <summary>The reporting country (configuration <c>Statistics:ReportingCountry</c>, ISO alpha-3, default FIN).</summary>
internal sealed record ReportingCountry(string Code)
{
    public const string Default = "FIN";
}

/// <summary>
/// The stored versions of packs and code mappings. The shipped ones (<see cref="ShippedPacks"/>) are put in the store the
/// first time it is read, each version once: a version already stored is never overwritten — a shipped document that
/// differs from it is reported and left out (ship it as a new version). A shipped document that fails validation is
/// reported and left out too.
/// </summary>
internal sealed partial class PackCatalog(
    StatisticsDbContext db, ShippedPacks shipped, PackSeed seed, PackValidator validator, TimeProvider clock, ILogger<PackCatalog> logger)
{
    public static readonly JsonSerializerOptions Json = IndicatorCatalog.Json;

    public async Task<IReadOnlyList<PackVersionRecord>> LatestAsync(string kind, CancellationToken cancellationToken)
    {
        await EnsureSeededAsync(cancellationToken);
        var records = await db.PackVersions.AsNoTracking().Where(r => r.Kind == kind).ToListAsync(cancellationToken);
        return [.. records.GroupBy(r => r.Id).Select(g => g.MaxBy(r => r.Version)!).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>A stored version (the latest when <paramref name="version"/> is null), or null.</summary>
    public async Task<PackVersionRecord?> FindAsync(string kind, string id, int? version, CancellationToken cancellationToken)
    {
        await EnsureSeededAsync(cancellationToken);
        return await StoredAsync(kind, id, version, cancellationToken);
    }

    /// <summary>A stored code mapping by <c>id@version</c> (or <c>id</c>: the latest), or null.</summary>
    public async Task<CodeMapping?> MappingAsync(string reference, CancellationToken cancellationToken)
    {
        await EnsureSeededAsync(cancellationToken);
        return await StoredMappingAsync(reference, cancellationToken);
    }

    private static Func<string, CodeMapping?> Lookup(IReadOnlyList<PackVersionRecord> mappings) => reference =>
        Parse(reference) is var (id, version)
        && mappings.Where(r => r.Id == id && (version is null || r.Version == version)).MaxBy(r => r.Version) is { } record ? Compile(record) : null;

    private async Task<PackVersionRecord?> StoredAsync(string kind, string id, int? version, CancellationToken cancellationToken)
    {
        var query = db.PackVersions.AsNoTracking().Where(r => r.Kind == kind && r.Id == id);
        return version is { } v
            ? await query.SingleOrDefaultAsync(r => r.Version == v, cancellationToken)
            : await query.OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<CodeMapping?> StoredMappingAsync(string reference, CancellationToken cancellationToken) =>
        Parse(reference) is var (id, version) && await StoredAsync(PackVersionRecord.Mapping, id, version, cancellationToken) is { } record ? Compile(record) : null;

    /// <summary>Stores <paramref name="document"/> as version <paramref name="version"/>; two saves at once cannot both make it.</summary>
    public async Task AddAsync(string kind, string id, int version, string document, string source, string user, CancellationToken cancellationToken)
    {
        db.PackVersions.Add(new PackVersionRecord(kind, id, version, document, source, clock.GetUtcNow().UtcDateTime, user));
        await db.SaveOrConflictAsync($"{(kind == PackVersionRecord.Pack ? "Pack" : "Code mapping")} '{id}' was changed at the same time; read it again.",
            cancellationToken);
    }

    /// <summary>The pack a release names (<c>id</c>: its latest version; <c>id@version</c>), with its indicators and mappings: 404 when
    /// there is no such pack or version; 409 when something it names is gone (a deleted definition).</summary>
    public async Task<ResolvedPack> ResolveAsync(string reference, IndicatorCatalog indicators, CancellationToken cancellationToken)
    {
        if (Parse(reference) is not var (id, version)) throw new NotFoundException($"Pack '{reference}' was not found (give id or id@version).");
        var record = await FindAsync(PackVersionRecord.Pack, id, version, cancellationToken)
            ?? throw new NotFoundException(version is null ? $"Pack '{id}' was not found." : $"Pack '{id}' has no version {version}.");
        var pack = Definition<PackDefinition>(record);
        var tables = new List<ResolvedTable>();
        foreach (var table in pack.Tables!)
        {
            var entry = await indicators.FindAsync(table.Indicator!, cancellationToken)
                ?? throw new ConflictException($"Pack {id}@{record.Version}, table {table.Id}: the indicator '{table.Indicator}' no longer exists. Save a new version of the pack.");
            var dimensions = new List<ResolvedDimension>();
            // Without dimensions of its own, a table has the indicator's, as they are.
            foreach (var d in table.Dimensions ?? [.. entry.Info.Dimensions.Select(n => new PackDimension(n, [n], null, null))])
            {
                var mapping = d.Mapping is null ? null : await MappingAsync(d.Mapping, cancellationToken);
                var rankBy = mapping?.Several?.RankBy is { } by ? await MappingAsync(by, cancellationToken) : null;
                var from = d.From!.Select(f => entry.Info.Dimensions.ToList().IndexOf(f)).ToList();
                if (from.Any(i => i < 0))
                    throw new ConflictException($"Pack {id}@{record.Version}, table {table.Id}: {entry.Info.Id} no longer has the dimensions {string.Join(", ", d.From!)}.");
                dimensions.Add(new ResolvedDimension(d.Name!, from, mapping, rankBy, d.Total ?? PackDimension.DefaultTotal, d.From!.Any(FactCatalogue.IsSensitive)));
            }
            tables.Add(new ResolvedTable(table, entry, dimensions));
        }
        return new ResolvedPack(id, record.Version, pack, tables);
    }

    public static T Definition<T>(PackVersionRecord record) => JsonSerializer.Deserialize<T>(record.Document, Json)!;

    public static CodeMapping Compile(PackVersionRecord record) => new(record.Id, record.Version, Definition<CodeMappingDefinition>(record));

    /// <summary><c>id</c> or <c>id@version</c>.</summary>
    public static (string Id, int? Version)? Parse(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return (reference, null);
        return int.TryParse(reference[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0 ? (reference[..at], version) : null;
    }

    private async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (seed.Done) return;
        await seed.Gate.WaitAsync(cancellationToken);
        try
        {
            if (seed.Done) return;
            // Mappings first: the packs are checked against them.
            await SeedAsync(PackVersionRecord.Mapping, cancellationToken);
            await SeedAsync(PackVersionRecord.Pack, cancellationToken);
            seed.Done = true;
        }
        finally
        {
            seed.Gate.Release();
        }
    }

    private async Task SeedAsync(string kind, CancellationToken cancellationToken)
    {
        var stored = await db.PackVersions.AsNoTracking().Where(r => r.Kind == kind).ToListAsync(cancellationToken);
        var mappings = kind == PackVersionRecord.Mapping ? stored
            : await db.PackVersions.AsNoTracking().Where(r => r.Kind == PackVersionRecord.Mapping).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<PackVersionRecord>();
        // A mapping ranked by another comes after it.
        foreach (var document in shipped.Documents.Where(d => d.Kind == kind)
                     .OrderBy(d => d.Json.Contains("\"rankBy\"", StringComparison.Ordinal)).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version))
        {
            if (stored.FirstOrDefault(r => r.Id == document.Id && r.Version == document.Version) is { } existing)
            {
                if (existing.Document != document.Json) LogKept(logger, kind, document.Id, document.Version, document.Source);
                continue;
            }
            var errors = await ErrorsAsync(kind, document.Json, Lookup([.. mappings, .. added.Where(a => a.Kind == PackVersionRecord.Mapping)]), cancellationToken);
            if (errors.Count > 0)
            {
                LogRefused(logger, kind, document.Id, document.Version, document.Source, string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
                continue;
            }
            var record = new PackVersionRecord(kind, document.Id, document.Version, document.Json, document.Source, now, "system");
            added.Add(record);
            db.PackVersions.Add(record);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another instance stored them at the same moment; what it stored stands.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(string kind, string json, Func<string, CodeMapping?> mappings, CancellationToken cancellationToken)
    {
        try
        {
            return kind == PackVersionRecord.Mapping
                ? validator.Mapping(JsonSerializer.Deserialize<CodeMappingDefinition>(json, Json)!, mappings)
                : await validator.PackAsync(JsonSerializer.Deserialize<PackDefinition>(json, Json)!, r => Task.FromResult(mappings(r)), cancellationToken);
        }
        catch (JsonException e)
        {
            return new Dictionary<string, string[]> { ["$"] = [$"Not a {kind} document: {e.Message}"] };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shipped {Kind} {Id} v{Version} ({Source}) differs from the stored version {Version}, which is kept: a stored version is never overwritten; ship the change as a new version")]
    private static partial void LogKept(ILogger logger, string kind, string id, int version, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shipped {Kind} {Id} v{Version} ({Source}) refused: {Errors}")]
    private static partial void LogRefused(ILogger logger, string kind, string id, int version, string source, string errors);
}
