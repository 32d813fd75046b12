using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.SamplePlugin;

/// <summary>A new statistical request answered by a plugin: urgent applications by the channel they came through.</summary>
public sealed class UrgentApplicationsByChannel : IIndicator
{
    public IndicatorInfo Info { get; } = new("sample.urgent-applications.by-channel",
        new("Kiireelliset hakemukset kanavittain", "Brådskande ansökningar per kanal", "Urgent applications by channel"),
        "applications", ["channel"], ["ministry"], CountsPersons: false);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        IndicatorResult.FromCounts("channel", facts.Facts(FactTypes.ApplicationReceived, period.From, period.To)
            .Where(f => f.Get("urgent") == "true")
            .GroupBy(f => f.Get("channel"))
            .Select(g => new KeyValuePair<string, long>(g.Key, g.Count())));
}
