namespace Tilda.Modules.Statistics.Exports;

/// <summary>The workbook's own words in Finnish, Swedish and English.</summary>
internal sealed record WorkbookText(
    string Notes, string Source, string SourceValue, string Pack, string Requester, string Period, string CutOff, string Release, string Version,
    string ContentHash, string Disclosure, string Threshold, string Note, string Value, string Status, string Total, string Published, string Primary,
    string Secondary, string Table, string Indicator, string CannotAnswer, string Unverified, string Method)
{
    public static WorkbookText For(string lang) => lang switch
    {
        "sv" => new("Information", "Källa", "Tilda – hjälpsystemet för offer för människohandel", "Paket", "Mottagare", "Period", "Dataläge",
            "Publicering", "Version", "Innehållets hash (SHA-256)", "Röjandeskydd", "Tröskel", "Anmärkning", "Värde", "Status", "Totalt",
            "publicerad", "skyddad (primär)", "skyddad (sekundär)", "Tabell", "Indikator",
            "Kan inte besvaras", "Ej verifierat", "Metod"),
        "en" => new("Notes", "Source", "Tilda – assistance system for victims of human trafficking", "Pack", "Requester", "Period", "Data cut-off",
            "Release", "Version", "Content hash (SHA-256)", "Disclosure control", "Threshold", "Note", "Value", "Status", "Total",
            "published", "suppressed (primary)", "suppressed (secondary)", "Table", "Indicator",
            "Cannot be answered", "Not verified", "Method"),
        _ => new("Tiedot", "Lähde", "Tilda – ihmiskaupan uhrien auttamisjärjestelmä", "Paketti", "Vastaanottaja", "Ajanjakso", "Aineiston poimintahetki",
            "Julkaisu", "Versio", "Sisällön tiiviste (SHA-256)", "Tietosuoja", "Kynnysarvo", "Huomautus", "Arvo", "Tila", "Yhteensä",
            "julkaistu", "suojattu (ensisijainen)", "suojattu (toissijainen)", "Taulukko", "Indikaattori",
            "Ei voida vastata", "Ei varmennettu", "Menetelmä"),
    };

    public string StatusOf(string status) => status switch
    {
        Releases.LedgerCell.Primary => Primary,
        Releases.LedgerCell.Secondary => Secondary,
        _ => Published,
    };

    public string NoteKind(string kind) => kind switch
    {
        Packs.PackNote.CannotAnswer => CannotAnswer,
        Packs.PackNote.Unverified => Unverified,
        _ => Method,
    };
}
