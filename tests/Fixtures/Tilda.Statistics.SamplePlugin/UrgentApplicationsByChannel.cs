using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.SamplePlugin;

/// <summary>A new statistical request answered by a plugin that computes in code (the in-memory path): urgent applications
/// by the channel they came through.</summary>
public sealed class UrgentApplicationsByChannel : IComputedIndicator
{
    public IndicatorInfo Info { get; } = new("sample.urgent-applications.by-channel",
        new("Kiireelliset hakemukset kanavittain", "Brådskande ansökningar per kanal", "Urgent applications by channel"),
        "applications", ["channel"], ["ministry"], CountsPersons: false);

    public IReadOnlyList<string> FactTypes { get; } = [Sdk.FactTypes.ApplicationReceived];

    public IEnumerable<Contribution> Compute(IReadOnlyList<Fact> facts, ReportingPeriod period) =>
        facts.Where(f => f.Get("urgent") == "true")
            .Select(f => new Contribution(f.Subject, new Dictionary<string, string> { ["channel"] = f.Get("channel") }));
}
