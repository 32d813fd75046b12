using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>"Hakemuksia tehtiin 467 kpl": applications by their received date; one row per year.</summary>
internal sealed class ApplicationsReceived : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("applications.received",
        new("Vastaanotetut hakemukset", "Mottagna ansökningar", "Applications received"),
        "applications", ["year"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.ApplicationReceived) { By = [Dim.Of("year")], As = Counting.Events }];
}

/// <summary>"Auttamisjärjestelmään asiakkaita ohjanneet tahot": applications by who referred the person.</summary>
internal sealed class ApplicationsByReferrer : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("applications.by-referrer",
        new("Hakemukset ohjaavan tahon mukaan", "Ansökningar enligt hänvisande instans", "Applications by referrer"),
        "applications", ["referrerType"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.ApplicationReceived) { By = [Dim.Of("referrerType")], As = Counting.Events }];
}

/// <summary>"Tehdyt päätökset": admission decisions by outcome (admitted, or rejected:reason).</summary>
internal sealed class AdmissionDecisions : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("decisions.admission",
        new("Päätökset auttamisjärjestelmään ottamisesta", "Beslut om antagning till hjälpsystemet", "Admission decisions"),
        "decisions", ["outcome"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.AdmissionDecided) { By = [Dim.Of("outcome")], As = Counting.Events }];
}
