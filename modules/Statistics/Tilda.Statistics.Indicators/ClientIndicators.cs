using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>Who is a client at the end of a day: admitted on or before it and not removed on or before it.</summary>
internal static class Clients
{
    public static readonly Filter Admitted = Filter.In("outcome", "admitted");

    /// <summary>Each client's admission open at the end of the period's last day.</summary>
    public static Count OpenAdmissions(params Dim[] dimensions) => new(FactTypes.AdmissionDecided)
    {
        Where = Admitted,
        Select = Selection.OpenAtEnd(FactTypes.ClientRemoved),
        By = dimensions,
    };

    /// <summary>A client from the admission to the removal that ends it.</summary>
    public static readonly Span Client = new(FactTypes.AdmissionDecided, Admitted, FactTypes.ClientRemoved);
}

/// <summary>"1563 henkilöä, sisältäen … lapset (276)": everyone in the assistance system at the end of the period's
/// last day, by client type, the clients' minor dependent children included (a child counts while its birth year is
/// less than 18 years before the year of that day).</summary>
internal sealed class ClientsTotal : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.total",
        new("Auttamisjärjestelmän piirissä olevat henkilöt", "Personer inom hjälpsystemet", "Persons in the assistance system"),
        "persons", ["clientType"], BuiltInIndicators.AnnualReport, IndicatorKind.Stock, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } =
    [
        Clients.OpenAdmissions(Dim.Map("clientType", "applicantRole",
            new Dictionary<string, string> { ["investigation-assistant"] = "investigation-assistant" }, otherwise: "victim")),
        Clients.OpenAdmissions(Dim.Constant("clientType", "dependent-child")) with
        {
            Linked = new(FactTypes.AdmittedDependentChild, Filter.YearWithin("birthYear", 18)),
            As = Counting.Events,
        },
    ];
}

/// <summary>"105 on tullut asiakkaaksi alaikäisenä": clients at the end of the period who were minors when admitted.</summary>
internal sealed class ClientsAdmittedAsMinor : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.admitted-as-minor",
        new("Alaikäisenä asiakkaaksi tulleet asiakkaat", "Klienter som antagits som minderåriga", "Clients admitted as minors"),
        "persons", [], BuiltInIndicators.AnnualReport, IndicatorKind.Stock, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [Clients.OpenAdmissions() with { Then = Filter.In("ageGroup", "minor") }];
}

/// <summary>"Tehty paljon poistoja": persons removed in the period, by reason.</summary>
internal sealed class ClientsRemoved : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.removed",
        new("Auttamisjärjestelmästä poistetut asiakkaat", "Klienter som avförts från hjälpsystemet", "Clients removed from the assistance system"),
        "persons", ["reason"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.ClientRemoved) { By = [Dim.Of("reason")] }];
}
