using System.Globalization;
using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>"1563 henkilöä, sisältäen … lapset (276)": everyone in the assistance system at the end of the period's
/// last day, by client type, the clients' minor dependent children included.</summary>
internal sealed class ClientsTotal : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.total",
        new("Auttamisjärjestelmän piirissä olevat henkilöt", "Personer inom hjälpsystemet", "Persons in the assistance system"),
        "persons", ["clientType"], BuiltInIndicators.AnnualReport, IndicatorKind.Stock, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var date = period.To;
        var open = Counting.OpenAdmissions(facts, date);
        var episodes = open.Select(f => f.Get("episode")).ToHashSet();
        var children = facts.FactsUntil(FactTypes.AdmittedDependentChild, date)
            .Count(f => episodes.Contains(f.Get("episode"))
                        && int.TryParse(f.Get("birthYear"), NumberStyles.None, CultureInfo.InvariantCulture, out var born)
                        && date.Year - born < 18);
        var counts = open.GroupBy(f => f.Get("applicantRole") == "investigation-assistant" ? "investigation-assistant" : "victim")
            .Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))
            .Append(new KeyValuePair<string, long>("dependent-child", children));
        return IndicatorResult.FromCounts("clientType", counts);
    }
}

/// <summary>"105 on tullut asiakkaaksi alaikäisenä": clients at the end of the period who were minors when admitted.</summary>
internal sealed class ClientsAdmittedAsMinor : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.admitted-as-minor",
        new("Alaikäisenä asiakkaaksi tulleet asiakkaat", "Klienter som antagits som minderåriga", "Clients admitted as minors"),
        "persons", [], BuiltInIndicators.AnnualReport, IndicatorKind.Stock, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        new([], Counting.OpenAdmissions(facts, period.To).Count(f => Dimensions.AgeGroup(f.Get("ageYears")) == "minor"));
}

/// <summary>"Tehty paljon poistoja": persons removed in the period, by reason.</summary>
internal sealed class ClientsRemoved : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.removed",
        new("Auttamisjärjestelmästä poistetut asiakkaat", "Klienter som avförts från hjälpsystemet", "Clients removed from the assistance system"),
        "persons", ["reason"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.PersonsBy("reason", facts.Facts(FactTypes.ClientRemoved, period.From, period.To), f => f.Get("reason"));
}
