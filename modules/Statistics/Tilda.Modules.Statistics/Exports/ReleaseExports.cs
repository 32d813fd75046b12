using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Packs;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Exports;

/// <summary>An export of a release: its bytes, their media type, and its entity tag.</summary>
internal sealed record Export(byte[] Content, string ContentType, string ETag);

/// <summary>
/// A release in the formats a requester loads: CSV, SDMX-CSV 2.0 and a workbook. Read from the ledger only — the release
/// as published, its cells' statuses, the stored pack version's notes — and written without clocks or random ids, so
/// every read gives the same bytes.
/// </summary>
internal sealed class ReleaseExports(StatisticsDbContext db, ReleaseService releases, PackCatalog packs)
{
    public const string Csv = "csv";
    public const string SdmxCsv = "sdmx-csv";
    public const string Xlsx = "xlsx";
    public static readonly string[] Languages = ["fi", "sv", "en"];

    public async Task<Export> ExportAsync(Guid id, string format, string? lang, CancellationToken cancellationToken)
    {
        var language = lang ?? "fi";
        if (!Languages.Contains(language)) throw new BadRequestException("lang", "The language is fi (default), sv or en.");
        var (document, hash) = await releases.GetAsync(id, cancellationToken);
        var etag = $"\"{hash}-{format}-{language}\"";
        return format switch
        {
            Csv => new Export(Encoding.UTF8.GetBytes(ReleaseCsv.Of(document)), "text/csv; charset=utf-8", etag),
            SdmxCsv => new Export(Encoding.UTF8.GetBytes(SdmxCsvWriter.Of(await ContentAsync(document, cancellationToken))),
                "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8", etag),
            Xlsx => new Export(ReleaseWorkbook.Of(await ContentAsync(document, cancellationToken), language),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", etag),
            _ => throw new BadRequestException("format", "The format is json (default), csv, sdmx-csv or xlsx."),
        };
    }

    private async Task<ReleasedContent> ContentAsync(string document, CancellationToken cancellationToken)
    {
        var release = JsonSerializer.Deserialize<ReleaseDocument>(document, TableView.Json)!;
        var tables = await db.LedgerTables.AsNoTracking().Where(t => t.ReleaseId == release.Id && !t.Supplementary)
            .OrderBy(t => t.Sequence).Select(t => t.Id).ToListAsync(cancellationToken);
        var cells = (await db.LedgerCells.AsNoTracking().Where(c => tables.Contains(c.TableId)).Select(c => new { c.TableId, c.Index, c.Status })
            .ToListAsync(cancellationToken)).ToLookup(c => c.TableId);
        var released = release.Tables.Select((view, i) =>
        {
            var statuses = cells[tables[i]].OrderBy(c => c.Index).Select(c => c.Status).ToList();
            return new ReleasedTable(view, statuses[..^1], statuses[^1]);
        }).ToList();
        if (release.Pack is null || PackCatalog.Parse(release.Pack) is not var (packId, version)) return new ReleasedContent(release, released, null, []);
        var record = await packs.FindAsync(PackVersionRecord.Pack, packId, version, cancellationToken);
        var pack = record is null ? null : PackCatalog.Definition<PackDefinition>(record);
        return new ReleasedContent(release, released, pack?.Requester, pack?.Notes ?? []);
    }
}
