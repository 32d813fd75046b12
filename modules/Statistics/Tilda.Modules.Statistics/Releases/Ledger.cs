using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Engine;

namespace Tilda.Modules.Statistics.Releases;

/// <summary>
/// The append-only ledger of everything published: reads what is out (as per-person contributions, for the joint
/// disclosure control), protects new tables against it, and appends them — all under the ledger head's version, so that
/// two publications computed at the same moment cannot both land.
/// </summary>
internal sealed class Ledger(StatisticsDbContext db, DisclosureSettings disclosure, TimeProvider clock)
{
    /// <summary>
    /// Protects <paramref name="tables"/> (in their order; in each, the total and then the larger cells first) against
    /// the ledger and against each other, and returns them as drafts with every cell's status.
    /// </summary>
    public async Task<IReadOnlyList<TableDraft>> ProtectAsync(IReadOnlyList<ComputedTable> tables, CancellationToken cancellationToken)
    {
        var drafts = tables.Select(t => new TableDraft(t, disclosure.Threshold)).ToList();
        var published = await PublishedValuesAsync(cancellationToken);
        var order = new List<(TableDraft Draft, int Cell)>(); // cell −1: the total
        var candidates = new List<Candidate>();
        foreach (var draft in drafts)
        {
            order.Add((draft, -1));
            candidates.Add(new Candidate(draft.Table.Total, draft.TotalStatus != LedgerCell.Published));
            foreach (var cell in Enumerable.Range(0, draft.Table.Cells.Count).OrderByDescending(draft.Value).ThenBy(i => i))
            {
                order.Add((draft, cell));
                candidates.Add(new Candidate(draft.Table.Cells[cell].Contributions, draft.Status[cell] != LedgerCell.Published));
            }
        }
        var suppressed = JointProtection.Protect(published, candidates, disclosure.Threshold);
        for (var i = 0; i < order.Count; i++)
        {
            if (!suppressed[i] || candidates[i].Suppressed) continue;
            var (draft, cell) = order[i];
            if (cell < 0) draft.TotalStatus = LedgerCell.Secondary;
            else draft.Status[cell] = LedgerCell.Secondary;
        }
        foreach (var draft in drafts) draft.ProtectSuppressedSum();
        return drafts;
    }

    /// <summary>Every published value, as who counts how much in it.</summary>
    private async Task<List<IReadOnlyDictionary<long, long>>> PublishedValuesAsync(CancellationToken cancellationToken)
    {
        var published = (await db.LedgerCells.AsNoTracking().Where(c => c.Status == LedgerCell.Published).Select(c => new { c.TableId, c.Index })
            .ToListAsync(cancellationToken)).ToLookup(c => c.TableId);
        var values = new List<IReadOnlyDictionary<long, long>>();
        await foreach (var table in db.LedgerTables.AsNoTracking().OrderBy(t => t.PublishedAt).ThenBy(t => t.Sequence)
                           .Select(t => new { t.Id, t.Contributions }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // The contributions hold the cells in order and then the total, as the ledger cells' indices do.
            var contributions = ContributionCodec.Decode(table.Contributions);
            foreach (var cell in published[table.Id].OrderBy(c => c.Index))
                values.Add(contributions[cell.Index]);
        }
        return values;
    }

    /// <summary>
    /// Appends the drafts to the ledger as tables of <paramref name="release"/> (numbered from <paramref name="firstSequence"/>),
    /// with their cells and contributions, and advances the head; the caller saves. Returns each table's view.
    /// </summary>
    public async Task<IReadOnlyList<TableView>> AppendAsync(ReleaseRecord release, IReadOnlyList<TableDraft> drafts, int firstSequence, bool supplementary,
        string user, CancellationToken cancellationToken)
    {
        var head = await db.Head.SingleAsync(cancellationToken);
        if (head.Version != ReadVersion)
            throw new DbUpdateConcurrencyException("The ledger changed while the tables were being protected.");
        head.Advance();
        var now = clock.GetUtcNow().UtcDateTime;
        var views = new List<TableView>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var view = TableView.Of(draft);
            var table = draft.Table;
            var id = Guid.NewGuid();
            db.LedgerTables.Add(new LedgerTable(id, release.Id, firstSequence + i, table.Info.Id, table.Entry.Version, table.Info.Unit,
                table.Info.CountsPersons, table.Snapshot.From, table.Snapshot.To, table.Snapshot.CutOff, supplementary,
                JsonSerializer.Serialize(table.Info.Dimensions, TableView.Json), ContributionCodec.Encode([.. table.Cells.Select(c => c.Contributions), table.Total]),
                JsonSerializer.Serialize(view, TableView.Json), user, now));
            for (var c = 0; c < table.Cells.Count; c++)
                db.LedgerCells.Add(new LedgerCell(id, c, total: false, Key(table.Info.Dimensions, table.Cells[c].Key),
                    draft.Status[c] == LedgerCell.Published ? draft.Value(c) : null, draft.Status[c]));
            db.LedgerCells.Add(new LedgerCell(id, table.Cells.Count, total: true, "{}",
                draft.TotalStatus == LedgerCell.Published ? draft.TotalValue : null, draft.TotalStatus));
            views.Add(view);
        }
        return views;
    }

    /// <summary>The head's version when the ledger was read for protection; set by <see cref="ReadHeadAsync"/>.</summary>
    private long ReadVersion { get; set; } = -1;

    /// <summary>Reads the head before protecting, so that <see cref="AppendAsync"/> can tell whether anything landed since.</summary>
    public async Task ReadHeadAsync(CancellationToken cancellationToken) =>
        ReadVersion = (await db.Head.AsNoTracking().SingleAsync(cancellationToken)).Version;

    public static string Key(IReadOnlyList<string> dimensions, IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(dimensions.Select((d, i) => (d, values[i])).ToDictionary(x => x.d, x => x.Item2), TableView.Json);

    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
