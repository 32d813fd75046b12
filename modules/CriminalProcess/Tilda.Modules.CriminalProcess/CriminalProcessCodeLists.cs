using Tilda.Shared.CodeLists;

namespace Tilda.Modules.CriminalProcess;

internal sealed class CriminalProcessCodeLists : ICodeListSource
{
    public const string InvestigationStarted = "investigation-started";

    /// <summary>Stages that presuppose a criminal investigation: charging decisions and verdicts.</summary>
    public static readonly IReadOnlySet<string> AfterInvestigation = new HashSet<string>(StringComparer.Ordinal)
        { "charges-brought", "charges-not-brought", "convicted-trafficking", "convicted-other-offence", "acquitted" };

    public static readonly CodeList Stage = new("criminalProcessStage",
    [
        new("report-filed", new("Rikosilmoitus tehty", "Brottsanmälan gjord", "Report filed")),
        new(InvestigationStarted, new("Esitutkinta aloitettu", "Förundersökning inledd", "Investigation started")),
        new("investigation-discontinued", new("Esitutkinta lopetettu", "Förundersökningen nedlagd", "Investigation discontinued")),
        new("charges-brought", new("Syyte nostettu", "Åtal väckt", "Charges brought")),
        new("charges-not-brought", new("Syyttämättä jättäminen", "Åtal väcks inte", "Charges not brought")),
        new("convicted-trafficking", new("Tuomittu ihmiskaupasta", "Dömd för människohandel", "Convicted of trafficking")),
        new("convicted-other-offence", new("Tuomittu muusta rikoksesta", "Dömd för annat brott", "Convicted of another offence")),
        new("acquitted", new("Syyte hylätty", "Åtalet ogillat", "Acquitted")),
        // Compensation: a court orders the offender to pay the victim; the State Treasury pays under the Criminal Injuries Compensation Act.
        new("compensation-ordered", new("Vahingonkorvaus tuomittu maksettavaksi", "Skadestånd utdömt", "Compensation ordered")),
        new("state-compensation-granted", new("Valtion korvaus rikoksen uhrille myönnetty", "Ersättning av statsmedel till brottsoffer beviljad", "State compensation granted")),
    ]);

    public static readonly CodeList Role = new("criminalProcessRole",
    [
        new("injured-party", new("Asianomistaja", "Målsägande", "Injured party")),
        new("witness", new("Todistaja", "Vittne", "Witness")),
    ]);

    public static readonly CodeList Offence = new("offence",
    [
        new("trafficking", new("Ihmiskauppa", "Människohandel", "Trafficking in human beings")),
        new("aggravated-trafficking", new("Törkeä ihmiskauppa", "Grov människohandel", "Aggravated trafficking in human beings")),
        new("pandering", new("Parittaminen", "Koppleri", "Pandering")),
        new("extortionate-work-discrimination", new("Kiskonnantapainen työsyrjintä", "Ockerliknande diskriminering i arbetslivet", "Extortionate work discrimination")),
        new("other", new("Muu rikos", "Annat brott", "Other offence")),
    ]);

    public IEnumerable<CodeList> CodeLists => [Stage, Role, Offence];
}
