using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Indicators;
using Tilda.Shared.Errors;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Api;

/// <summary>The statistician's queries: the catalogue, one indicator for a period, the annual report, the facts.</summary>
internal sealed class StatisticsService(IndicatorCatalog catalog, IndicatorTables tables, DisclosureSettings disclosure, FactCatalogue facts)
{
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(CancellationToken cancellationToken) =>
        (await catalog.AllAsync(cancellationToken)).Select(e => new IndicatorSummary(
            e.Indicator.Info.Id, e.Indicator.Info.Title, e.Indicator.Info.Unit, e.Indicator.Info.Dimensions,
            e.Indicator.Info.Requesters, e.Source, e.Indicator.Info.Kind == IndicatorKind.Stock ? "stock" : "flow")).ToList();

    public async Task<IndicatorTableView> TableAsync(string id, PeriodRequest period, CancellationToken cancellationToken)
    {
        var entry = await catalog.FindAsync(id, cancellationToken) ?? throw new NotFoundException($"Indicator '{id}' was not found.");
        return IndicatorTableView.Of(tables.Compute(entry, period), disclosure.Threshold);
    }

    public AnnualReport AnnualReport(int year)
    {
        if (year is < 1900 or > 9999) throw new BadRequestException("year", "The year is out of range.");
        var period = PeriodRequest.Parse(year, null, null);
        return new AnnualReport(year, catalog.Plugins
            .Where(e => e.Indicator.Info.InAnnualReport)
            .Select(e => IndicatorTableView.Of(tables.Compute(e, period), disclosure.Threshold))
            .ToList());
    }

    public object FactCatalogue() => new
    {
        factTypes = Facts.FactCatalogue.Types.Select(t => new
        {
            type = t.Type,
            description = t.Description,
            date = t.Date,
            dimensions = t.Dimensions.Select(d => new { name = d.Name, description = d.Description, sensitive = d.Sensitive, derived = d.Derived, codes = facts.Codes(d) }),
        }),
    };
}
