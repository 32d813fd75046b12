using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Decisions.Pages;

internal static class DecisionTexts
{
    public static readonly Label AdmissionTitle = new("Päätös auttamisjärjestelmään ottamisesta", "Beslut om antagning till hjälpsystemet", "Decision on admission to the assistance system");
    public static readonly Label RemovalTitle = new("Päätös auttamisjärjestelmästä poistamisesta", "Beslut om avslutning i hjälpsystemet", "Decision on removal from the assistance system");
    public static readonly Label ApplicationReceived = new("Hakemus saapui", "Ansökan inkom", "The application was received on");
    public static readonly Label ApplicationNotFound = new("Hakemusta ei löytynyt.", "Ansökan hittades inte.", "The application was not found.");
    public static readonly Label DecidedOn = new("Päätöspäivä", "Beslutsdatum", "Decision date");
    public static readonly Label Outcome = new("Ratkaisu", "Avgörande", "Outcome");
    public static readonly Label RejectionReason = new("Hylkäämisen peruste (vain kielteisessä päätöksessä)", "Grund för avslag (endast vid avslag)", "Reason for rejection (only when rejected)");
    public static readonly Label Urgent = new("Kiireellinen päätös", "Brådskande beslut", "Urgent decision");
    public static readonly Label RemovalReason = new("Poistamisen peruste", "Grund för avslutning", "Reason for removal");
    public static readonly Label Decide = new("Tallenna päätös", "Spara beslutet", "Save the decision");
}
