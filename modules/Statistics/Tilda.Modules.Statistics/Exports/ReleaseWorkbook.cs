using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics.Exports;

/// <summary>
/// A release as a workbook (DocumentFormat.OpenXml): a sheet per table — its title in the requested language, the period,
/// a row per cell in the requester's codes with its value and status, the total — and a notes sheet: source, pack and
/// requester, period, cut-off, release id, version and content hash, the disclosure method, and the pack's notes. The same
/// release gives the same bytes: relationship ids are numbered, no document properties are written, and every entry of
/// the package carries one fixed time.
/// </summary>
internal static class ReleaseWorkbook
{
    /// <summary>The time every entry of the package carries (the earliest a zip entry can).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Of(ReleasedContent content, string lang)
    {
        var words = WorkbookText.For(lang);
        var release = content.Release;
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Named, not the random id AddWorkbookPart gives the package's relationship to it.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint number = 1; // the workbook's own relationships to its sheets: rId1, rId2 …
            void AddSheet(string name, IEnumerable<IReadOnlyList<object?>> rows)
            {
                var id = $"rId{number}";
                var part = workbook.AddNewPart<WorksheetPart>(id);
                part.Worksheet = new Worksheet(new SheetData(rows.Select((cells, r) => Row(cells, (uint)r + 1))));
                sheets.Append(new Sheet { Id = id, SheetId = number, Name = Unique(SheetName(name), names) });
                number++;
            }

            foreach (var table in content.Tables)
            {
                var view = table.View;
                var title = lang switch { "sv" => view.Title.Sv, "en" => view.Title.En, _ => view.Title.Fi };
                // A table without dimensions is its total alone, under a first column of its own.
                object?[] header = [.. view.Dimensions.Count == 0 ? [""] : view.Dimensions, words.Value, words.Status];
                var rows = new List<IReadOnlyList<object?>>
                {
                    new object?[] { title },
                    new object?[] { words.Period, Period(view.Period) },
                    new object?[] { words.Table, view.Requester?.Table ?? view.Indicator, words.Indicator, view.Requester?.Indicator ?? view.Indicator },
                    Array.Empty<object?>(),
                    header,
                };
                for (var i = 0; i < view.Rows.Count; i++)
                    rows.Add([.. view.Dimensions.Select(d => (object?)view.Rows[i][d]?.ToString()), TableView.Value(view.Rows[i]["value"]), words.StatusOf(table.Status[i])]);
                rows.Add([words.Total, .. Enumerable.Repeat((object?)null, Math.Max(view.Dimensions.Count - 1, 0)), view.Total.Value, words.StatusOf(table.TotalStatus)]);
                AddSheet(view.Requester?.Table ?? view.Indicator, rows);
            }

            var disclosure = release.Tables.FirstOrDefault()?.Disclosure;
            var notes = new List<IReadOnlyList<object?>>
            {
                new object?[] { words.Source, words.SourceValue },
                new object?[] { words.Pack, release.Pack ?? "" },
                new object?[] { words.Requester, content.Requester ?? "" },
                new object?[] { words.Period, Period(release.Period) },
                new object?[] { words.CutOff, release.CutOff.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) },
                new object?[] { words.Release, release.Id.ToString() },
                new object?[] { words.Version, (long)release.Version },
                new object?[] { words.ContentHash, release.ContentHash },
                new object?[] { words.Threshold, disclosure is null ? null : (long)disclosure.Threshold },
                new object?[] { words.Disclosure, disclosure?.Method ?? "" },
                new object?[] { words.Note, release.Note ?? "" },
                Array.Empty<object?>(),
            };
            notes.AddRange(content.Notes.Select(n => (IReadOnlyList<object?>)[words.NoteKind(n.Kind!), n.Topic ?? "", n.Text]));
            AddSheet(words.Notes, notes);
        }
        return WithFixedEntryTimes(stream.ToArray());
    }

    private static Row Row(IReadOnlyList<object?> values, uint number) =>
        new(values.Select((v, c) => Cell(v, $"{Column(c)}{number}")).OfType<Cell>()) { RowIndex = number };

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        long n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
    };

    /// <summary>A, B, … Z, AA, AB …</summary>
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static string Period(PeriodView period) => new StatisticsPeriod(period.From, period.To).ToString();

    /// <summary>At most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : c)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = (name.Length + suffix.Length <= 31 ? name : name[..(31 - suffix.Length)]) + suffix;
        }
        return candidate;
    }

    /// <summary>The package again, entry for entry, with every entry's time set to <see cref="EntryTime"/> — the only part of the
    /// package that would otherwise change from one write to the next.</summary>
    private static byte[] WithFixedEntryTimes(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
