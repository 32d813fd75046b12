using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Decisions;

internal sealed class DecisionsCodeLists : ICodeListSource
{
    public static readonly CodeList Outcome = new("admissionOutcome",
    [
        new("admitted", new("Otetaan auttamisjärjestelmään", "Antas till hjälpsystemet", "Admitted")),
        new("rejected", new("Ei oteta auttamisjärjestelmään", "Antas inte till hjälpsystemet", "Rejected")),
    ]);

    public static readonly CodeList RejectionReason = new("rejectionReason",
    [
        new("no-trafficking-indication", new("Ei viitteitä ihmiskaupasta", "Inga tecken på människohandel", "No indication of trafficking")),
        new("no-need-for-assistance", new("Ei avuntarvetta", "Inget behov av hjälp", "No need for assistance")),
        new("other", new("Muu syy", "Annat skäl", "Other reason")),
    ]);

    public static readonly CodeList RemovalReason = new("removalReason",
    [
        new("no-longer-needs-assistance", new("Ei enää avuntarvetta", "Behöver inte längre hjälp", "No longer needs assistance")),
        new("not-a-victim", new("Ei ihmiskaupan uhri", "Inte offer för människohandel", "Not a victim of trafficking")),
        new("left-finland", new("Poistunut Suomesta", "Har lämnat Finland", "Left Finland")),
        new("client-request", new("Asiakkaan oma pyyntö", "På klientens egen begäran", "At the client's request")),
        new("deceased", new("Kuollut", "Avliden", "Deceased")),
        new("lost-contact", new("Yhteys katkennut", "Kontakten har brutits", "Contact lost")),
        new("other", new("Muu syy", "Annat skäl", "Other reason")),
    ]);

    public IEnumerable<CodeList> CodeLists => [Outcome, RejectionReason, RemovalReason];
}
