using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.Pages;

/// <summary>The timeline contract's kinds and detail fields (every module's), in the three languages.</summary>
internal static class TimelineTexts
{
    public static readonly IReadOnlyDictionary<string, Label> Kinds = new Dictionary<string, Label>
    {
        ["application-received"] = new("Hakemus saapui", "Ansökan inkom", "Application received"),
        ["person-details-changed"] = new("Henkilötiedot muuttuivat", "Personuppgifterna ändrades", "Person's details changed"),
        ["client-admitted"] = new("Otettiin asiakkaaksi", "Antogs som klient", "Admitted as a client"),
        ["application-rejected"] = new("Hakemus hylättiin", "Ansökan avslogs", "Application rejected"),
        ["client-removed"] = new("Poistettiin auttamisjärjestelmästä", "Avslutades i hjälpsystemet", "Removed from the assistance system"),
        ["service-needs-assessed"] = new("Palvelutarve arvioitiin", "Servicebehovet bedömdes", "Service needs assessed"),
        ["measure-ended"] = new("Auttamistoimi päättyi", "Hjälpåtgärden upphörde", "Assistance measure ended"),
        ["reflection-period-granted"] = new("Harkinta-aika myönnettiin", "Betänketid beviljades", "Reflection period granted"),
        ["reflection-period-ended"] = new("Harkinta-aika päättyi", "Betänketiden upphörde", "Reflection period ended"),
        ["criminal-process-stage"] = new("Rikosprosessin vaihe", "Skede i straffprocessen", "Criminal-process stage"),
    };

    public static readonly IReadOnlyDictionary<string, Label> Fields = new Dictionary<string, Label>
    {
        ["channel"] = new("Saapumistapa", "Kanal", "Channel"),
        ["urgent"] = new("Kiireellinen", "Brådskande", "Urgent"),
        ["referrerType"] = new("Ohjaaja", "Hänvisare", "Referred by"),
        ["applicantRole"] = new("Hakijan asema", "Sökandens ställning", "Applicant's role"),
        ["exploitationForms"] = new("Hyväksikäytön muodot", "Former av utnyttjande", "Forms of exploitation"),
        ["form"] = new("Muoto", "Form", "Form"),
        ["primary"] = new("Ensisijainen", "Primär", "Primary"),
        ["exploitationLocation"] = new("Missä", "Var", "Where"),
        ["sex"] = new("Sukupuoli", "Kön", "Sex"),
        ["citizenships"] = new("Kansalaisuudet", "Medborgarskap", "Citizenships"),
        ["residenceStatus"] = new("Oleskeluasema", "Uppehållsstatus", "Residence status"),
        ["hasMunicipalityOfResidence"] = new("Kotikunta", "Hemkommun", "Municipality of residence"),
        ["outcome"] = new("Ratkaisu", "Avgörande", "Outcome"),
        ["rejectionReason"] = new("Hylkäämisen peruste", "Grund för avslag", "Reason for rejection"),
        ["reason"] = new("Peruste", "Grund", "Reason"),
        ["status"] = new("Tila", "Status", "Status"),
        ["measures"] = new("Auttamistoimet", "Hjälpåtgärder", "Measures"),
        ["measure"] = new("Auttamistoimi", "Hjälpåtgärd", "Measure"),
        ["provider"] = new("Järjestäjä", "Anordnare", "Provider"),
        ["startOn"] = new("Alkaa", "Börjar", "Starts"),
        ["endOn"] = new("Päättyy", "Slutar", "Ends"),
        ["endedOn"] = new("Päättyi", "Upphörde", "Ended"),
        ["lengthDays"] = new("Pituus (päivää)", "Längd (dagar)", "Length (days)"),
        ["endReason"] = new("Päättymisen syy", "Orsak till upphörande", "Why it ended"),
        ["stage"] = new("Vaihe", "Skede", "Stage"),
        ["role"] = new("Asema", "Roll", "Role"),
        ["offence"] = new("Rikos", "Brott", "Offence"),
    };

    /// <summary>The code list a detail field's codes come from, where the field's name alone does not say.</summary>
    public static string? ListOf(string field, string kind) => field switch
    {
        "referrerType" or "channel" or "applicantRole" or "sex" or "residenceStatus" or "exploitationLocation" or "rejectionReason" => field,
        "form" => "exploitationForm",
        "citizenships" => "citizenship",
        "outcome" => "admissionOutcome",
        "reason" when kind.StartsWith("reflection-period", StringComparison.Ordinal) => "reflectionPeriodEndReason",
        "reason" => "removalReason",
        "endReason" => "reflectionPeriodEndReason",
        "measure" => "assistanceMeasure",
        "provider" => "measureProvider",
        "stage" => "criminalProcessStage",
        "role" => "criminalProcessRole",
        "offence" => "offence",
        _ => null,
    };
}
