using System.Text.Json;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Api;

/// <summary>The statistician's reads: the catalogue, an indicator for released periods, the annual report, the facts.
/// Every figure comes from a release (<see cref="ReleaseService"/>), never from live data.</summary>
internal sealed class StatisticsQueries(IndicatorCatalog catalog, ReleaseService releases, FactCatalogue facts)
{
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.AllAsync(cancellationToken)).Select(e => new IndicatorSummary(
            e.Info.Id, e.Info.Title, e.Info.Unit, e.Info.Dimensions, e.Info.Requesters, e.Source, e.Info.Kind == IndicatorKind.Stock ? "stock" : "flow"))];

    /// <summary>The indicator's table for one period, or one table per year for a run of years, as JSON or CSV.</summary>
    public async Task<(string Content, string ContentType)> TableAsync(string id, IReadOnlyList<StatisticsPeriod> periods, string? format, string user,
        CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv")) throw new BadRequestException("format", "The format is json (default) or csv.");
        var entry = await catalog.FindAsync(id, cancellationToken) ?? throw new NotFoundException($"Indicator '{id}' was not found.");
        var tables = new List<string>();
        foreach (var period in periods) tables.Add(await releases.TableAsync(entry, period, user, cancellationToken));
        if (format == "csv")
            return (string.Concat(tables.Select((t, i) => Csv(t, header: i == 0))), "text/csv; charset=utf-8");
        if (tables.Count == 1) return (tables[0], "application/json; charset=utf-8");
        var run = new { indicator = id, period = new PeriodView(periods[0].From, periods[^1].To), tables = tables.Select(t => JsonDocument.Parse(t).RootElement) };
        return (JsonSerializer.Serialize(run, TableView.Json), "application/json; charset=utf-8");
    }

    /// <summary>The annual report: every indicator of the deck for a released calendar year.</summary>
    public async Task<string> AnnualReportAsync(int year, string user, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 9999) throw new BadRequestException("year", "The year is out of range.");
        var period = StatisticsPeriod.Year(year);
        var tables = new List<JsonElement>();
        foreach (var entry in catalog.Plugins.Where(e => e.Info.InAnnualReport))
            tables.Add(JsonDocument.Parse(await releases.TableAsync(entry, period, user, cancellationToken)).RootElement);
        return JsonSerializer.Serialize(new { year, indicators = tables }, TableView.Json);
    }

    public object FactCatalogue() => new
    {
        factTypes = Facts.FactCatalogue.Types.Select(t => new
        {
            type = t.Type,
            description = t.Description,
            date = t.Date,
            dimensions = t.Dimensions.Concat(Facts.FactCatalogue.Derived.Where(d => Facts.FactCatalogue.Dimension(t, d.Name) is not null))
                .Select(d => new { name = d.Name, description = d.Description, sensitive = d.Sensitive, derived = Facts.FactCatalogue.Derived.Contains(d), codes = facts.Codes(d) }),
        }),
    };

    private static string Csv(string table, bool header)
    {
        var csv = JsonSerializer.Deserialize<TableView>(table, TableView.Json)!.ToCsv();
        return header ? csv : csv[(csv.IndexOf('\n', StringComparison.Ordinal) + 1)..];
    }
}
