namespace Tilda.Modules.Statistics.Releases;

/// <summary>
/// The per-person contributions of a published table, compactly: for each cell in order, its persons' pseudonyms
/// (ascending, delta-coded, zigzag for the sign) with how much each counts, as 7-bit variable-length integers. Read back
/// by the joint disclosure control of every later release.
/// </summary>
internal static class ContributionCodec
{
    public static byte[] Encode(IReadOnlyList<IReadOnlyDictionary<long, long>> cells)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write7BitEncodedInt64(cells.Count);
            foreach (var cell in cells)
            {
                writer.Write7BitEncodedInt64(cell.Count);
                long previous = 0;
                foreach (var (subject, count) in cell.OrderBy(c => c.Key))
                {
                    writer.Write7BitEncodedInt64((long)ZigZag(subject - previous));
                    writer.Write7BitEncodedInt64(count);
                    previous = subject;
                }
            }
        }
        return stream.ToArray();
    }

    public static List<Dictionary<long, long>> Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var cells = new List<Dictionary<long, long>>();
        var count = (int)reader.Read7BitEncodedInt64();
        for (var c = 0; c < count; c++)
        {
            var entries = (int)reader.Read7BitEncodedInt64();
            var cell = new Dictionary<long, long>(entries);
            long previous = 0;
            for (var e = 0; e < entries; e++)
            {
                var delta = (ulong)reader.Read7BitEncodedInt64();
                previous += (long)(delta >> 1) ^ -(long)(delta & 1);
                cell[previous] = reader.Read7BitEncodedInt64();
            }
            cells.Add(cell);
        }
        return cells;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
