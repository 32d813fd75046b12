using System.Globalization;
using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>"Hakemuksia tehtiin 467 kpl": applications by their received date; one row per year.</summary>
internal sealed class ApplicationsReceived : IIndicator
{
    public IndicatorInfo Info { get; } = new("applications.received",
        new("Vastaanotetut hakemukset", "Mottagna ansökningar", "Applications received"),
        "applications", ["year"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.EventsBy("year", facts.Facts(FactTypes.ApplicationReceived, period.From, period.To),
            f => f.Date.Year.ToString(CultureInfo.InvariantCulture));
}

/// <summary>"Auttamisjärjestelmään asiakkaita ohjanneet tahot": applications by who referred the person.</summary>
internal sealed class ApplicationsByReferrer : IIndicator
{
    public IndicatorInfo Info { get; } = new("applications.by-referrer",
        new("Hakemukset ohjaavan tahon mukaan", "Ansökningar enligt hänvisande instans", "Applications by referrer"),
        "applications", ["referrerType"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.EventsBy("referrerType", facts.Facts(FactTypes.ApplicationReceived, period.From, period.To), f => f.Get("referrerType"));
}

/// <summary>"Tehdyt päätökset": admission decisions by outcome (admitted, or rejected:reason).</summary>
internal sealed class AdmissionDecisions : IIndicator
{
    public IndicatorInfo Info { get; } = new("decisions.admission",
        new("Päätökset auttamisjärjestelmään ottamisesta", "Beslut om antagning till hjälpsystemet", "Admission decisions"),
        "decisions", ["outcome"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.EventsBy("outcome", facts.Facts(FactTypes.AdmissionDecided, period.From, period.To), f => f.Get("outcome"));
}
