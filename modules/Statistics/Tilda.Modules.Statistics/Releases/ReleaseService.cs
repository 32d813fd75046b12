using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Outbox;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Packs;
using Tilda.Shared;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Releases;

internal sealed record PeriodBody(DateOnly? From, DateOnly? To);

internal sealed record ReleaseRequest(PeriodBody? Period, IReadOnlyList<string>? Indicators, string? Pack, string? Note);

/// <summary>What a release publishes: its tables in order — each an indicator's table, or a requester's table made from one —
/// and the pack, when it releases one.</summary>
internal sealed record ReleaseScope(IReadOnlyList<ScopedTable> Tables, ResolvedPack? Pack);

internal sealed record ScopedTable(IndicatorEntry Entry, ResolvedTable? PackTable);

/// <summary>
/// Statistical releases (docs/product.md §3, §5). A release freezes the facts recorded up to its cut-off for an ended period, computes
/// the tables asked for, protects them together with everything already published, and appends what it published to
/// the ledger; it is read back from there, the same bytes every time. A later release of the same period is its next
/// version: it takes a new cut-off, is protected together with every earlier one, and lists what changed. A requester pack is
/// released as one release: its tables, in the pack's order, in the requester's codes (<see cref="PackTable"/>), protected
/// together with each other and the whole ledger — so what one requester receives can never be differenced against what
/// another received.
/// </summary>
internal sealed partial class ReleaseService(
    StatisticsDbContext db, IndicatorCatalog catalog, PackCatalog packs, ReportingCountry reportingCountry, TableEngine engine, Ledger ledger,
    IntegrationEventLog events, TimeProvider clock, ILogger<ReleaseService> logger)
{
    public const int MaxIndicators = 100;
    public const int MaxNote = 1000;
    private const int Attempts = 3;
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(30);

    public async Task<ReleaseDocument> CreateAsync(ReleaseRequest request, string user, CancellationToken cancellationToken)
    {
        var period = StatisticsPeriod.ForRelease(request.Period?.From, request.Period?.To, clock.Today());
        if (request.Note?.Length > MaxNote) throw new ValidationFailedException("note", $"At most {MaxNote} characters.");
        var scope = await ScopeAsync(request, period, cancellationToken);

        // Every event committed before the cut-off is in the snapshot: wait until statistics have received them all.
        var cutOff = clock.GetUtcNow();
        if (!await events.WaitForDeliveryAsync(cutOff, DeliveryWait, cancellationToken))
            throw new ConflictException("Statistics are still receiving the latest casework events; make the release again in a moment.");
        var snapshot = new Snapshot(period.From, period.To, cutOff.UtcDateTime);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PublishAsync(period, snapshot, scope, request, user, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another publication landed while this one was being protected: protect it again against that one too.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<ReleaseDocument> PublishAsync(StatisticsPeriod period, Snapshot snapshot, ReleaseScope scope,
        ReleaseRequest request, string user, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await ledger.ReadHeadAsync(cancellationToken);
        var earlier = await db.Releases.AsNoTracking().Where(r => r.PeriodFrom == period.From && r.PeriodTo == period.To)
            .OrderByDescending(r => r.Version).Select(r => new { r.Id, r.Version }).FirstOrDefaultAsync(cancellationToken);
        // A pack may publish one indicator in several tables: each distinct indicator is computed once, all in one batch.
        var distinct = scope.Tables.Select(t => t.Entry).DistinctBy(e => (e.Info.Id, e.Version)).ToList();
        var computedOnce = (await engine.ComputeAsync(distinct, snapshot, cancellationToken)).ToDictionary(t => (t.Info.Id, t.Entry.Version));
        var tables = scope.Tables.Select(t => t.PackTable is null ? computedOnce[(t.Entry.Info.Id, t.Entry.Version)]
            : PackTable.Map(computedOnce[(t.Entry.Info.Id, t.Entry.Version)], scope.Pack!, t.PackTable, reportingCountry.Code)).ToList();
        var computed = Stopwatch.GetElapsedTime(started);
        var drafts = await ledger.ProtectAsync(tables, cancellationToken);
        var protectedAt = Stopwatch.GetElapsedTime(started);

        var now = clock.GetUtcNow().UtcDateTime;
        var release = new ReleaseRecord(Guid.NewGuid(), period.From, period.To, (earlier?.Version ?? 0) + 1, snapshot.CutOff, scope.Pack?.Ref,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), user, now, earlier?.Id);
        db.Releases.Add(release);
        var views = await ledger.AppendAsync(release, drafts, firstSequence: 0, supplementary: false, user, cancellationToken);
        var revisions = await RevisionsAsync(period, views, cancellationToken);
        var content = JsonSerializer.Serialize(new { period = new PeriodView(period.From, period.To), cutOff = snapshot.CutOff, tables = views }, TableView.Json);
        var document = new ReleaseDocument(release.Id, release.Version, new PeriodView(period.From, period.To), release.CutOff, release.Pack,
            [.. tables.Select(t => t.Info.Id)], release.Note, user, now, release.Revises, Ledger.Hash(content), views, revisions);
        release.Publish(JsonSerializer.Serialize(document, TableView.Json), document.ContentHash);
        await db.SaveChangesAsync(cancellationToken);
        LogReleased(logger, release.Id, release.Version, tables.Count, computed.TotalMilliseconds, (protectedAt - computed).TotalMilliseconds,
            (Stopwatch.GetElapsedTime(started) - protectedAt).TotalMilliseconds);
        return document;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Release {ReleaseId} v{Version}: {Tables} tables computed in {ComputeMs:0} ms, protected in {ProtectMs:0} ms, appended in {AppendMs:0} ms")]
    private static partial void LogReleased(ILogger logger, Guid releaseId, int version, int tables, double computeMs, double protectMs, double appendMs);

    /// <summary>The release exactly as published.</summary>
    public async Task<(string Document, string ContentHash)> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var release = await db.Releases.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Document, r.ContentHash })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"Release {id} was not found.");
        return (release.Document, release.ContentHash);
    }

    public async Task<IReadOnlyList<ReleaseSummary>> ListAsync(DateOnly? from, DateOnly? to, string? pack, CancellationToken cancellationToken)
    {
        var query = db.Releases.AsNoTracking();
        if (from is not null) query = query.Where(r => r.PeriodTo >= from);
        if (to is not null) query = query.Where(r => r.PeriodFrom <= to);
        if (pack is not null) query = query.Where(r => r.Pack == pack || r.Pack!.StartsWith(pack + "@"));
        var releases = await query.OrderBy(r => r.PeriodFrom).ThenBy(r => r.PeriodTo).ThenBy(r => r.Version).ToListAsync(cancellationToken);
        var ids = releases.Select(r => r.Id).ToList();
        var indicators = (await db.LedgerTables.AsNoTracking().Where(t => !t.Supplementary && ids.Contains(t.ReleaseId))
            .Select(t => new { t.ReleaseId, t.Sequence, t.Indicator })
            .ToListAsync(cancellationToken)).ToLookup(t => t.ReleaseId);
        return [.. releases.Select(r => new ReleaseSummary(r.Id, r.Version, new PeriodView(r.PeriodFrom, r.PeriodTo), r.CutOff, r.Pack,
            [.. indicators[r.Id].OrderBy(t => t.Sequence).Select(t => t.Indicator)], r.CreatedBy, r.CreatedAt, r.ContentHash, r.Revises))];
    }

    /// <summary>
    /// An indicator's table for a released period: the latest release's table when it has one for the indicator's current
    /// rule; otherwise the table is computed from that release's own snapshot, protected against the ledger and appended
    /// to it — so a table asked for later can never be differenced against one computed from newer data.
    /// </summary>
    public async Task<string> TableAsync(IndicatorEntry entry, StatisticsPeriod period, string user, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TableOnceAsync(entry, period, user, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<string> TableOnceAsync(IndicatorEntry entry, StatisticsPeriod period, string user, CancellationToken cancellationToken)
    {
        await ledger.ReadHeadAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking().Where(r => r.PeriodFrom == period.From && r.PeriodTo == period.To)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException($"Nothing has been released for {period}. Make a release first: POST /api/statistics/releases " +
                $"with {{ \"period\": {{ \"from\": \"{period.From:yyyy-MM-dd}\", \"to\": \"{period.To:yyyy-MM-dd}\" }}, \"indicators\": [\"{entry.Info.Id}\"] }}.");
        var tables = db.LedgerTables.AsNoTracking().Where(t => t.ReleaseId == release.Id);
        if (await tables.Where(t => t.Indicator == entry.Info.Id && t.IndicatorVersion == entry.Version).Select(t => t.Document)
                .FirstOrDefaultAsync(cancellationToken) is { } published) return published;

        var computed = await engine.ComputeAsync([entry], new Snapshot(period.From, period.To, release.CutOff), cancellationToken);
        var drafts = await ledger.ProtectAsync(computed, cancellationToken);
        var next = (await tables.MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? -1) + 1;
        var views = await ledger.AppendAsync(release, drafts, next, supplementary: true, user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return JsonSerializer.Serialize(views[0], TableView.Json);
    }

    /// <summary>The tables a release publishes: a pack's, for a period of its kind; or the indicators, in the order asked for.</summary>
    private async Task<ReleaseScope> ScopeAsync(ReleaseRequest request, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        if (request.Pack is not null)
        {
            if (request.Indicators is { Count: > 0 })
                throw new ValidationFailedException("indicators", "Give either the indicators or a pack, not both.");
            var pack = await packs.ResolveAsync(request.Pack, catalog, cancellationToken);
            PeriodKind.EnsureFits(pack.Ref, pack.Definition.PeriodKind!, period);
            return new ReleaseScope([.. pack.Tables.Select(t => new ScopedTable(t.Entry, t))], pack);
        }
        var ids = request.Indicators;
        if (ids is null || ids.Count == 0)
            throw new ValidationFailedException("indicators", "List the indicators to release (GET /api/statistics/indicators), or give a pack.");
        if (ids.Count > MaxIndicators) throw new ValidationFailedException("indicators", $"At most {MaxIndicators} indicators in one release.");
        if (ids.Any(string.IsNullOrWhiteSpace) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            throw new ValidationFailedException("indicators", "Each indicator once, by its id.");
        var entries = new List<ScopedTable>();
        foreach (var id in ids)
            entries.Add(new(await catalog.FindAsync(id, cancellationToken) ?? throw new ValidationFailedException("indicators", $"Unknown indicator '{id}'."), null));
        return new ReleaseScope(entries, null);
    }

    /// <summary>Every cell whose value differs from the latest earlier publication of the same indicator for this period.</summary>
    private async Task<IReadOnlyList<RevisionView>> RevisionsAsync(StatisticsPeriod period, IReadOnlyList<TableView> views, CancellationToken cancellationToken)
    {
        var ids = views.Select(v => v.Indicator).ToList();
        var earlier = await db.LedgerTables.AsNoTracking()
            .Where(t => t.PeriodFrom == period.From && t.PeriodTo == period.To && ids.Contains(t.Indicator))
            .Select(t => new { t.Id, t.Indicator, t.PublishedAt, t.Sequence }).ToListAsync(cancellationToken);
        var latest = earlier.GroupBy(t => t.Indicator).ToDictionary(g => g.Key, g => g.MaxBy(t => (t.PublishedAt, t.Sequence))!.Id);
        var tableIds = latest.Values.ToList();
        var cells = (await db.LedgerCells.AsNoTracking().Where(c => tableIds.Contains(c.TableId)).ToListAsync(cancellationToken)).ToLookup(c => c.TableId);
        var revisions = new List<RevisionView>();
        foreach (var view in views)
        {
            if (!latest.TryGetValue(view.Indicator, out var tableId)) continue;
            var was = cells[tableId].ToDictionary(c => c.Total ? "total" : c.Key, c => new CellView(c.Value, c.Status != LedgerCell.Published));
            var now = view.Rows.ToDictionary(r => Ledger.Key(view.Dimensions, [.. view.Dimensions.Select(d => (string)r[d]!)]),
                r => new CellView((long?)r["value"], (bool)r["suppressed"]!));
            now["total"] = view.Total;
            foreach (var key in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
            {
                var before = was.GetValueOrDefault(key, new CellView(0, false));
                var after = now.GetValueOrDefault(key, new CellView(0, false));
                if (before != after)
                    revisions.Add(new RevisionView(view.Indicator, key == "total" ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(key)!, before, after));
            }
        }
        return revisions;
    }
}
