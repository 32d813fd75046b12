using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>
/// The counting rules the requester packs share. An identified victim of a period: a person admitted in it on an application
/// made as a presumed victim (admission is the legal identification, Act 746/2011 §35) — a person assisting in the
/// investigation is a client but not a victim — counted once, on their first such admission of the period, as recorded on
/// its decision date.
/// </summary>
internal static class Victims
{
    public static readonly string[] Requesters = ["Eurostat", "GRETA", "UNODC", "US TIP"];

    public static Count Identified(params Dim[] dimensions) => new(FactTypes.AdmissionDecided)
    {
        Where = Filter.In("outcome", "admitted").And(Filter.In("applicantRole", "presumed-victim")),
        Select = Selection.FirstInPeriod,
        By = dimensions,
    };

    public const string CompensationOrdered = "compensation-ordered";
    public const string StateCompensationGranted = "state-compensation-granted";
}

/// <summary>Eurostat's registered victims by sex and age group; GRETA's identified victims; UNODC's women, men, girls and boys.</summary>
internal sealed class IdentifiedVictimsBySexAndAge : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("victims.identified.by-sex-age",
        new("Tunnistetut uhrit sukupuolen ja ikäryhmän mukaan", "Identifierade offer per kön och åldersgrupp", "Identified victims by sex and age group"),
        "persons", ["sex", "ageGroup"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [Victims.Identified(Dim.Of("sex"), Dim.Of("ageGroup"))];
}

/// <summary>Identified victims by every citizenship they hold (a pack's mapping puts a person with several under one, by the
/// requester's rule) and sex.</summary>
internal sealed class IdentifiedVictimsByCitizenship : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("victims.identified.by-citizenship",
        new("Tunnistetut uhrit kansalaisuuden ja sukupuolen mukaan", "Identifierade offer per medborgarskap och kön", "Identified victims by citizenship and sex"),
        "persons", ["citizenships", "sex"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [Victims.Identified(Dim.Of("citizenships"), Dim.Of("sex"))];
}

/// <summary>Identified victims by the primary form of exploitation of the admitted application (one per person, so the table
/// adds up), sex and age group.</summary>
internal sealed class IdentifiedVictimsByForm : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("victims.identified.by-form",
        new("Tunnistetut uhrit ensisijaisen hyväksikäytön muodon, sukupuolen ja ikäryhmän mukaan",
            "Identifierade offer per primär form av utnyttjande, kön och åldersgrupp", "Identified victims by primary form of exploitation, sex and age group"),
        "persons", ["primaryForm", "sex", "ageGroup"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [Victims.Identified(Dim.Of("primaryForm"), Dim.Of("sex"), Dim.Of("ageGroup"))];
}

/// <summary>Identified victims by where the exploitation took place (in Finland, abroad, both).</summary>
internal sealed class IdentifiedVictimsByLocation : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("victims.identified.by-location",
        new("Tunnistetut uhrit hyväksikäytön tapahtumapaikan mukaan", "Identifierade offer per plats för utnyttjandet", "Identified victims by where they were exploited"),
        "persons", ["exploitationLocation"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [Victims.Identified(Dim.Of("exploitationLocation"))];
}

/// <summary>Presumed victims: persons with an application made as a presumed victim received in the period (referred to the
/// assistance system), counted once, as recorded on their first such application of the period, by sex and age group.</summary>
internal sealed class PresumedVictims : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("applicants.presumed-victims",
        new("Auttamisjärjestelmään ohjatut mahdolliset uhrit", "Möjliga offer som hänvisats till hjälpsystemet", "Presumed victims referred to the assistance system"),
        "persons", ["sex", "ageGroup"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } =
    [
        new(FactTypes.ApplicationReceived)
        {
            Where = Filter.In("applicantRole", "presumed-victim"),
            Select = Selection.FirstInPeriod,
            By = [Dim.Of("sex"), Dim.Of("ageGroup")],
        },
    ];
}

/// <summary>Persons with a case granted a residence permit in the period (by its grant date), by ground: the victim's personal
/// situation, cooperation with the authorities, other. A person granted two on different grounds is in both rows; the
/// total counts persons once.</summary>
internal sealed class ResidencePermitsGranted : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("residence-permits.granted",
        new("Oleskeluluvan saaneet henkilöt perusteen mukaan", "Personer som beviljats uppehållstillstånd per grund", "Persons granted a residence permit, by ground"),
        "persons", ["ground"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.ResidencePermitGranted) { By = [Dim.Of("ground")] }];
}

/// <summary>Persons with a case for whom compensation was ordered to be paid by the offender, or granted by the State, in the
/// period. Amounts are not recorded.</summary>
internal sealed class VictimsCompensated : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("victims.compensated",
        new("Korvauksen saaneet henkilöt", "Personer som tillerkänts ersättning", "Persons awarded compensation"),
        "persons", ["stage"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } =
    [
        new(FactTypes.CriminalProcessStage) { Where = Filter.In("stage", Victims.CompensationOrdered, Victims.StateCompensationGranted), By = [Dim.Of("stage")] },
    ];
}

/// <summary>Persons who started an assistance measure in the period, by measure (a person with several measures is in each
/// of their rows; the total counts persons once).</summary>
internal sealed class PersonsAssistedByMeasure : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.assisted.by-measure",
        new("Auttamistoimen saaneet henkilöt toimen mukaan", "Personer som fått en hjälpåtgärd per åtgärd", "Persons who received an assistance measure, by measure"),
        "persons", ["measure"], Victims.Requesters);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.AssistanceMeasureStarted) { By = [Dim.Of("measure")] }];
}
