using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Exports read back with the libraries a requester would use: CsvHelper for CSV and SDMX-CSV, the Open XML SDK for
/// the workbook.</summary>
public static class Exports
{
    /// <summary>The CSV's rows, each as header → field.</summary>
    public static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvHelper.CsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes)), CsvHelper.CsvReaderOptions.Default, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        return rows;
    }

    /// <summary>The workbook's sheets by name, each a list of rows of cell texts (numbers as written).</summary>
    public static Dictionary<string, List<List<string>>> ReadWorkbook(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
        {
            var part = (WorksheetPart)workbook.GetPartById(s.Id!.Value!);
            return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r =>
            {
                var cells = new List<string>();
                foreach (var cell in r.Elements<Cell>())
                {
                    var column = Column(cell.CellReference!.Value!);
                    while (cells.Count < column) cells.Add("");
                    cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "");
                }
                return cells;
            }).ToList();
        });
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;

    /// <summary>Every value a JSON table published: its dimension values in order → value, or null when suppressed; "total" for the total.</summary>
    public static Dictionary<string, long?> Published(JsonNode table) => table.Cells().Append(new("total", table.Total())).ToDictionary(c => c.Key, c => c.Value);
}
