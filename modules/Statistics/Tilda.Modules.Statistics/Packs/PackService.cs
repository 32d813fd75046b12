using System.Text.Json;
using Tilda.Shared.Errors;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Packs;

internal sealed record PackTableSummary(string Id, string Indicator, LocalizedText? Title);

/// <summary>A pack as listed: its latest version.</summary>
internal sealed record PackSummary(string Id, int Version, string Requester, LocalizedText Title, string PeriodKind, IReadOnlyList<PackTableSummary> Tables, string Source);

/// <summary>A stored version of a pack, as its document says, with where it came from.</summary>
internal sealed record StoredPackView(string Id, int Version, string Requester, LocalizedText Title, string PeriodKind, IReadOnlyList<PackNote> Notes,
    IReadOnlyList<PackTableDefinition> Tables, string Source, DateTime CreatedAt, string CreatedBy);

/// <summary>A stored version of a code mapping, as its document says, with where it came from.</summary>
internal sealed record StoredMappingView(string Id, int Version, string? Description, IReadOnlyList<string> From, IReadOnlyList<string> Codes, DateOnly? ValidFrom,
    string? ReportingCountry, SeveralRule? Several, IReadOnlyList<MappingEntry> Entries, string Source, DateTime CreatedAt, string CreatedBy);

/// <summary>Packs and code mappings for the API: listed, read by version, and saved by an administrator as the next version
/// (validated first; nothing is stored when it is refused).</summary>
internal sealed class PackService(PackCatalog catalog, PackValidator validator)
{
    public async Task<IReadOnlyList<PackSummary>> ListPacksAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.LatestAsync(PackVersionRecord.Pack, cancellationToken)).Select(r =>
        {
            var p = PackCatalog.Definition<PackDefinition>(r);
            return new PackSummary(r.Id, r.Version, p.Requester!, p.Title!, p.PeriodKind!, [.. p.Tables!.Select(t => new PackTableSummary(t.Id!, t.Indicator!, t.Title))], r.Source);
        })];

    public async Task<StoredPackView> GetPackAsync(string id, int? version, CancellationToken cancellationToken) =>
        PackView(await catalog.FindAsync(PackVersionRecord.Pack, id, version, cancellationToken) ?? throw NotFound("Pack", id, version));

    public async Task<IReadOnlyList<StoredMappingView>> ListMappingsAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.LatestAsync(PackVersionRecord.Mapping, cancellationToken)).Select(MappingView)];

    public async Task<StoredMappingView> GetMappingAsync(string id, int? version, CancellationToken cancellationToken) =>
        MappingView(await catalog.FindAsync(PackVersionRecord.Mapping, id, version, cancellationToken) ?? throw NotFound("Code mapping", id, version));

    /// <summary>Saves the pack as its next version (version 1 of a new pack): the created flag says which.</summary>
    public async Task<(StoredPackView View, bool Created)> PutPackAsync(string id, PackDefinition pack, string user, CancellationToken cancellationToken)
    {
        var version = await NextVersionAsync(PackVersionRecord.Pack, id, pack.Id, pack.Version, cancellationToken);
        // A mapping named without a version is the latest one, pinned: the pack version always means the same tables.
        var tables = new List<PackTableDefinition>();
        foreach (var table in pack.Tables ?? [])
        {
            var dimensions = new List<PackDimension>();
            foreach (var d in table?.Dimensions ?? [])
                dimensions.Add(d?.Mapping is { } m && !m.Contains('@', StringComparison.Ordinal) && await catalog.MappingAsync(m, cancellationToken) is { } latest
                    ? d with { Mapping = latest.Ref } : d!);
            tables.Add(table is null ? null! : table with { Dimensions = table.Dimensions is null ? null : dimensions });
        }
        pack = pack with { Id = id, Version = version, Tables = pack.Tables is null ? null : tables };
        var errors = await validator.PackAsync(pack, r => catalog.MappingAsync(r, cancellationToken), cancellationToken);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        await catalog.AddAsync(PackVersionRecord.Pack, id, version, JsonSerializer.Serialize(pack, PackCatalog.Json), "admin", user, cancellationToken);
        return (await GetPackAsync(id, version, cancellationToken), version == 1);
    }

    public async Task<(StoredMappingView View, bool Created)> PutMappingAsync(string id, CodeMappingDefinition mapping, string user, CancellationToken cancellationToken)
    {
        var version = await NextVersionAsync(PackVersionRecord.Mapping, id, mapping.Id, mapping.Version, cancellationToken);
        mapping = mapping with { Id = id, Version = version };
        // The one mapping a mapping may refer to: the one it ranks several codes by.
        var rankBy = mapping.Several?.RankBy is { } reference ? await catalog.MappingAsync(reference, cancellationToken) : null;
        var errors = validator.Mapping(mapping, _ => rankBy);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        await catalog.AddAsync(PackVersionRecord.Mapping, id, version, JsonSerializer.Serialize(mapping, PackCatalog.Json), "admin", user, cancellationToken);
        return (await GetMappingAsync(id, version, cancellationToken), version == 1);
    }

    /// <summary>The version a save makes: one after the latest. A body that names another id, or a version other than that
    /// one (it was read before someone else saved), is refused.</summary>
    private async Task<int> NextVersionAsync(string kind, string id, string? bodyId, int? bodyVersion, CancellationToken cancellationToken)
    {
        if (bodyId is not null && bodyId != id) throw new ValidationFailedException("id", "The id in the body differs from the id in the address.");
        var next = ((await catalog.FindAsync(kind, id, null, cancellationToken))?.Version ?? 0) + 1;
        if (bodyVersion is { } given && given != next)
            throw new ConflictException($"The next version of '{id}' is {next}; send that version, or none.");
        return next;
    }

    private static StoredPackView PackView(PackVersionRecord r)
    {
        var p = PackCatalog.Definition<PackDefinition>(r);
        return new StoredPackView(r.Id, r.Version, p.Requester!, p.Title!, p.PeriodKind!, p.Notes ?? [], p.Tables!, r.Source, r.CreatedAt, r.CreatedBy);
    }

    private static StoredMappingView MappingView(PackVersionRecord r)
    {
        var m = PackCatalog.Definition<CodeMappingDefinition>(r);
        return new StoredMappingView(r.Id, r.Version, m.Description, m.From!, m.Codes!, m.ValidFrom, m.ReportingCountry, m.Several, m.Entries!, r.Source, r.CreatedAt, r.CreatedBy);
    }

    private static NotFoundException NotFound(string what, string id, int? version) =>
        new(version is null ? $"{what} '{id}' was not found." : $"{what} '{id}' has no version {version}.");
}
