using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>"261 aikuista, 10 alaikäistä": new clients by age group on the decision date.</summary>
internal sealed class NewClients : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new",
        new("Uudet asiakkaat", "Nya klienter", "New clients"),
        "persons", ["ageGroup"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.PersonsBy("ageGroup", Counting.NewClients(facts, period), f => Dimensions.AgeGroup(f.Get("ageYears")));
}

/// <summary>"42 % 18–29-vuotiaita, 35 % 30–39-vuotiaita": new clients by age band.</summary>
internal sealed class NewClientsByAgeBand : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new.by-age-band",
        new("Uudet asiakkaat ikäryhmittäin", "Nya klienter per åldersgrupp", "New clients by age band"),
        "persons", ["ageBand"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.PersonsBy("ageBand", Counting.NewClients(facts, period), f => Dimensions.AgeBand(f.Get("ageYears")));
}

/// <summary>"314 tapausta, 271 henkilöä": the exploitation forms (primary and secondary) of the admitted applications.
/// The total counts cases (forms), not persons.</summary>
internal sealed class NewClientsExploitationForms : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.new.exploitation-forms",
        new("Uusien asiakkaiden hyväksikäytön muodot", "Nya klienters former av utnyttjande", "Forms of exploitation of new clients"),
        "cases", ["form", "primary"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var episodes = Counting.NewClients(facts, period).Select(f => f.Get("episode")).ToHashSet();
        var forms = facts.Facts(FactTypes.AdmittedExploitationForm, period.From, period.To).Where(f => episodes.Contains(f.Get("episode"))).ToList();
        var cells = forms.GroupBy(f => (Form: f.Get("form"), Primary: f.Get("primary")))
            .Select(g => new IndicatorCell(new Dictionary<string, string> { ["form"] = g.Key.Form, ["primary"] = g.Key.Primary }, g.Count()))
            .ToList();
        return new IndicatorResult(cells, forms.Count);
    }
}

/// <summary>New clients exploited in Finland (location finland or both), by one attribute as recorded on the decision date.</summary>
internal abstract class NewClientsInFinland(string id, LocalizedText title, string dimension) : IIndicator
{
    public IndicatorInfo Info { get; } = new(id, title, "persons", [dimension], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        Counting.PersonsBy(Info.Dimensions[0],
            Counting.NewClients(facts, period).Where(f => Dimensions.InFinland(f.Get("exploitationLocation"))),
            f => f.Get(Info.Dimensions[0]));
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
