using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Engine;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Statistics.Definitions;

internal sealed record DefinitionVersion(string Id, int Version, bool Deleted, DateTime CreatedAt, string CreatedBy, IndicatorDefinition Definition);

/// <summary>Indicator definitions as data: validated against the fact catalogue, versioned, never overwritten.</summary>
internal sealed class DefinitionService(StatisticsDbContext db, IndicatorCatalog catalog, FactCatalogue facts, TimeProvider clock)
{
    public const int MaxDimensions = 2;

    public async Task<IReadOnlyList<DefinitionVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.Definitions.AsNoTracking().ToListAsync(cancellationToken);
        return records.GroupBy(r => r.Id).Select(g => View(g.MaxBy(r => r.Version)!)).Where(v => !v.Deleted).OrderBy(v => v.Id).ToList();
    }

    public async Task<DefinitionVersion> GetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        var records = await db.Definitions.AsNoTracking().Where(r => r.Id == id).ToListAsync(cancellationToken);
        var record = version is null ? records.MaxBy(r => r.Version) : records.SingleOrDefault(r => r.Version == version);
        if (record is null || (version is null && record.Deleted))
            throw new NotFoundException(version is null ? $"Indicator definition '{id}' was not found." : $"Indicator definition '{id}' has no version {version}.");
        return View(record);
    }

    public async Task<DefinitionVersion> CreateAsync(IndicatorDefinition definition, string user, CancellationToken cancellationToken)
    {
        Validate(definition);
        var latest = await LatestAsync(definition.Id!, cancellationToken);
        if (latest is { Deleted: false })
            throw new ConflictException($"Indicator definition '{definition.Id}' exists; change it with PUT.");
        return await SaveAsync(definition, (latest?.Version ?? 0) + 1, deleted: false, user, cancellationToken);
    }

    public async Task<DefinitionVersion> UpdateAsync(string id, IndicatorDefinition definition, string user, CancellationToken cancellationToken)
    {
        if (definition.Id is not null && definition.Id != id)
            throw new ValidationFailedException("id", "The id in the body differs from the id in the address.");
        definition = definition with { Id = id };
        Validate(definition);
        var latest = await LatestAsync(id, cancellationToken);
        if (latest is null || latest.Deleted) throw new NotFoundException($"Indicator definition '{id}' was not found.");
        return await SaveAsync(definition, latest.Version + 1, deleted: false, user, cancellationToken);
    }

    public async Task DeleteAsync(string id, string user, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(id, cancellationToken);
        if (latest is null || latest.Deleted) throw new NotFoundException($"Indicator definition '{id}' was not found.");
        var definition = JsonSerializer.Deserialize<IndicatorDefinition>(latest.Definition, IndicatorCatalog.Json)!;
        await SaveAsync(definition, latest.Version + 1, deleted: true, user, cancellationToken);
    }

    private Task<IndicatorDefinitionRecord?> LatestAsync(string id, CancellationToken cancellationToken) =>
        db.Definitions.AsNoTracking().Where(r => r.Id == id).OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    private async Task<DefinitionVersion> SaveAsync(IndicatorDefinition definition, int version, bool deleted, string user, CancellationToken cancellationToken)
    {
        var record = new IndicatorDefinitionRecord(definition.Id!, version, JsonSerializer.Serialize(definition, IndicatorCatalog.Json),
            clock.GetUtcNow().UtcDateTime, user, deleted);
        db.Definitions.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException($"Indicator definition '{definition.Id}' was changed at the same time; read it again.");
        }
        return View(record);
    }

    private static DefinitionVersion View(IndicatorDefinitionRecord r) =>
        new(r.Id, r.Version, r.Deleted, r.CreatedAt, r.CreatedBy, JsonSerializer.Deserialize<IndicatorDefinition>(r.Definition, IndicatorCatalog.Json)!);

    private void Validate(IndicatorDefinition d)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (!TextRules.IsId(d.Id))
            Error("id", "Required: lower-case letters and digits in words separated by '.' or '-', at most 100 characters.");
        else if (catalog.IsPlugin(d.Id))
            Error("id", "A built-in or plugin indicator already has this id.");
        if (d.Title is null || new[] { d.Title.Fi, d.Title.Sv, d.Title.En }.Any(t => !TextRules.IsText(t, 200)))
            Error("title", "Titles in fi, sv and en are required, each at most 200 printable characters (no control or direction-override characters).");
        if (!TextRules.IsText(d.Unit, 40)) Error("unit", "Required, at most 40 printable characters.");
        if (d.Count is not (IndicatorDefinition.CountFacts or IndicatorDefinition.CountPersons))
            Error("count", $"Either '{IndicatorDefinition.CountFacts}' or '{IndicatorDefinition.CountPersons}'.");
        if (d.Requesters is { } requesters && (requesters.Count > 10 || requesters.Any(r => !TextRules.IsText(r, 60))))
            Error("requesters", "At most 10 requesters, each at most 60 characters.");

        var type = d.Fact is null ? null : FactCatalogue.Find(d.Fact);
        if (type is null)
        {
            Error("fact", $"Unknown fact type; one of: {string.Join(", ", FactCatalogue.Types.Select(t => t.Type))} (GET /api/statistics/facts).");
            throw new ValidationFailedException(errors);
        }
        var names = type.Dimensions.Select(x => x.Name).Concat(FactCatalogue.Derived.Where(x => FactCatalogue.Dimension(type, x.Name) is not null).Select(x => x.Name)).ToList();
        if (d.Dimensions is null || d.Dimensions.Any(x => x is null) || d.Dimensions.Count > MaxDimensions || d.Dimensions.Distinct().Count() != d.Dimensions.Count)
            Error("dimensions", $"A list of at most {MaxDimensions} different dimensions (may be empty).");
        else
            foreach (var name in d.Dimensions.Where(n => FactCatalogue.Dimension(type, n) is null))
                Error("dimensions", $"'{name}' is not a dimension of {type.Type}; its dimensions: {string.Join(", ", names)}.");
        foreach (var (name, values) in d.Filter ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (FactCatalogue.Dimension(type, name) is not { } dimension) { Error($"filter.{name}", $"Not a dimension of {type.Type}."); continue; }
            if (values is null || values.Count == 0) { Error($"filter.{name}", "List at least one value."); continue; }
            if (values.Any(v => v is null)) { Error($"filter.{name}", "A value may not be null."); continue; }
            if (facts.Codes(dimension) is { } codes && values.FirstOrDefault(v => !codes.Contains(v)) is { } unknown)
                Error($"filter.{name}", $"'{unknown}' is not a code of {name}.");
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
