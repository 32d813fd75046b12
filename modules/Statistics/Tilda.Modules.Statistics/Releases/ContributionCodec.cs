namespace Tilda.Modules.Statistics.Releases;

/// <summary>
/// The per-person contributions of a published table, compactly: for each cell in order, its persons' pseudonyms
/// (ascending, delta-coded) with how much each counts. Read back by the joint disclosure control of every later release.
/// </summary>
internal static class ContributionCodec
{
    public static byte[] Encode(IReadOnlyList<IReadOnlyDictionary<long, long>> cells)
    {
        using var stream = new MemoryStream();
        Write(stream, (ulong)cells.Count);
        foreach (var cell in cells)
        {
            Write(stream, (ulong)cell.Count);
            long previous = 0;
            foreach (var (subject, count) in cell.OrderBy(c => c.Key))
            {
                Write(stream, ZigZag(subject - previous));
                Write(stream, (ulong)count);
                previous = subject;
            }
        }
        return stream.ToArray();
    }

    public static List<Dictionary<long, long>> Decode(byte[] bytes)
    {
        var position = 0;
        var cells = new List<Dictionary<long, long>>();
        var count = (int)Read(bytes, ref position);
        for (var c = 0; c < count; c++)
        {
            var entries = (int)Read(bytes, ref position);
            var cell = new Dictionary<long, long>(entries);
            long previous = 0;
            for (var e = 0; e < entries; e++)
            {
                var delta = Read(bytes, ref position);
                previous += (long)(delta >> 1) ^ -(long)(delta & 1);
                cell[previous] = (long)Read(bytes, ref position);
            }
            cells.Add(cell);
        }
        return cells;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static void Write(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        stream.WriteByte((byte)value);
    }

    private static ulong Read(byte[] bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
