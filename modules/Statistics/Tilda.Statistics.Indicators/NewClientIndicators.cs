using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>The counting rules the new-client indicators share (docs/product.md §4), so each is written once.</summary>
internal static class NewClients
{
    /// <summary>A new client of a period: a person with an admission dated in it, counted once, on their first admission
    /// of the period (age, sex, citizenship and residence status as recorded on that decision date).</summary>
    public static Count By(params Dim[] dimensions) => new(FactTypes.AdmissionDecided)
    {
        Where = Filter.In("outcome", "admitted"),
        Select = Selection.FirstInPeriod,
        By = dimensions,
    };

    /// <summary>Exploited in Finland: location finland or both.</summary>
    public static readonly Filter InFinland = Filter.In("exploitationLocation", "finland", "both");
}

/// <summary>"261 aikuista, 10 alaikäistä": new clients by age group on the decision date.</summary>
internal sealed class NewClientsByAgeGroup : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new",
        new("Uudet asiakkaat", "Nya klienter", "New clients"),
        "persons", ["ageGroup"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [NewClients.By(Dim.Of("ageGroup"))];
}

/// <summary>"42 % 18–29-vuotiaita, 35 % 30–39-vuotiaita": new clients by age band.</summary>
internal sealed class NewClientsByAgeBand : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new.by-age-band",
        new("Uudet asiakkaat ikäryhmittäin", "Nya klienter per åldersgrupp", "New clients by age band"),
        "persons", ["ageBand"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [NewClients.By(Dim.Of("ageBand"))];
}

/// <summary>"314 tapausta, 271 henkilöä": the exploitation forms (primary and secondary) of the admitted applications.
/// The total counts cases (forms), not persons.</summary>
internal sealed class NewClientsExploitationForms : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new.exploitation-forms",
        new("Uusien asiakkaiden hyväksikäytön muodot", "Nya klienters former av utnyttjande", "Forms of exploitation of new clients"),
        "cases", ["form", "primary"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } =
    [
        NewClients.By(Dim.Of("form"), Dim.Of("primary")) with { Linked = new(FactTypes.AdmittedExploitationForm, Filter.All), As = Counting.Events },
    ];
}

/// <summary>New clients exploited in Finland (location finland or both), by one attribute as recorded on the decision date.</summary>
internal abstract class NewClientsInFinland(string id, LocalizedText title, string dimension) : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new(id, title, "persons", [dimension], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [NewClients.By(Dim.Of(dimension)) with { Then = NewClients.InFinland }];
}

/// <summary>"141 henkilöä, 31 kansalaisuutta" (a person with several citizenships counts under the first listed).</summary>
internal sealed class NewClientsInFinlandByCitizenship() : NewClientsInFinland("clients.new.in-finland.by-citizenship",
    new("Suomessa hyväksikäytetyt uudet asiakkaat kansalaisuuksittain", "Nya klienter utnyttjade i Finland per medborgarskap", "New clients exploited in Finland by citizenship"),
    "citizenship");

/// <summary>"86 miestä, 55 naista".</summary>
internal sealed class NewClientsInFinlandBySex() : NewClientsInFinland("clients.new.in-finland.by-sex",
    new("Suomessa hyväksikäytetyt uudet asiakkaat sukupuolen mukaan", "Nya klienter utnyttjade i Finland per kön", "New clients exploited in Finland by sex"),
    "sex");

/// <summary>"12 % suomalaisia, 86 % luvallisesti".</summary>
internal sealed class NewClientsInFinlandByResidenceStatus() : NewClientsInFinland("clients.new.in-finland.by-residence-status",
    new("Suomessa hyväksikäytetyt uudet asiakkaat oleskeluaseman mukaan", "Nya klienter utnyttjade i Finland per uppehållsstatus", "New clients exploited in Finland by residence status"),
    "residenceStatus");
