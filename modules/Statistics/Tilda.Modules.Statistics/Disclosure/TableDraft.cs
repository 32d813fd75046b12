using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// A table on its way to publication: its cells and total, each published or suppressed and why. Holds the rules that
/// concern one table alone (primary suppression, sensitive groups, the sum of a table's suppressed cells); what concerns
/// everything published together is <see cref="JointProtection"/>'s.
/// </summary>
internal sealed class TableDraft
{
    public TableDraft(ComputedTable table, int threshold)
    {
        Table = table;
        Threshold = threshold;
        Status = [.. table.Cells.Select(c => Primary(c.Contributions) ? LedgerCell.Primary : LedgerCell.Published)];
        TotalStatus = Primary(table.Total) ? LedgerCell.Primary : LedgerCell.Published;
        foreach (var cell in SensitiveGroups()) Status[cell] = LedgerCell.Primary;
    }

    public ComputedTable Table { get; }
    public int Threshold { get; }
    public string[] Status { get; }
    public string TotalStatus { get; set; }

    private bool CountsPersons => Table.Info.CountsPersons;

    public long Value(int cell) => Table.Cells[cell].Value;

    public long TotalValue => Table.Total.Values.Sum();

    /// <summary>A value behind which 1 to k−1 persons stand (in an event table too: eight measures of two persons are two persons).</summary>
    private bool Primary(IReadOnlyDictionary<long, long> contributions) => contributions.Count is > 0 and var n && n < Threshold;

    /// <summary>
    /// In a person table of two dimensions, one of them a sensitive attribute (residence status, outcome, form, stage…): for
    /// each value of the other, if all of its persons but fewer than k share one value of the attribute — none at all
    /// included — the table would say what that value is for (almost) everyone in the group. The whole group is suppressed.
    /// </summary>
    private IEnumerable<int> SensitiveGroups()
    {
        var dimensions = Table.Info.Dimensions;
        if (!CountsPersons || dimensions.Count != 2) return [];
        var sensitive = Enumerable.Range(0, 2).Where(i => Table.Entry.Indicator is IDeclaresSensitiveDimensions declared
            ? declared.IsSensitive(dimensions[i]) : FactCatalogue.IsSensitive(dimensions[i])).ToList();
        if (sensitive.Count != 1) return [];
        var group = 1 - sensitive[0];
        return Enumerable.Range(0, Table.Cells.Count)
            .GroupBy(i => Table.Cells[i].Key[group])
            .Where(g =>
            {
                var values = g.Select(Value).ToList();
                return values.Sum() > 0 && values.Sum() - values.Max() < Threshold;
            })
            .SelectMany(g => g);
    }

    /// <summary>
    /// When the total is published, the table's suppressed cells must sum to 0 or at least k (counted up to k each: only
    /// whether it is 0, 1..k−1 or more matters): otherwise the smallest published non-zero cell is suppressed too, or the
    /// total when there is none. Suppressing more only removes published values, so nothing checked before is undone.
    /// </summary>
    public void ProtectSuppressedSum()
    {
        while (TotalStatus == LedgerCell.Published)
        {
            long sum = 0;
            var next = -1;
            for (var i = 0; i < Status.Length; i++)
            {
                if (Status[i] != LedgerCell.Published) sum += Math.Min(Value(i), Threshold);
                else if (Value(i) > 0 && (next < 0 || Value(i) < Value(next))) next = i;
            }
            if (sum == 0 || sum >= Threshold) return;
            if (next >= 0) Status[next] = LedgerCell.Secondary;
            else TotalStatus = LedgerCell.Secondary;
        }
    }
}
