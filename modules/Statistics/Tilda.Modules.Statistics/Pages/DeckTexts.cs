using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Statistics.Pages;

/// <summary>The texts of the statistician's pages.</summary>
internal static class DeckTexts
{
    public static readonly Label Releases = new("Tilastojulkaisut", "Statistikpubliceringar", "Statistical releases");
    public static readonly Label Published = new("Julkaistut", "Publicerade", "Published");
    public static readonly Label NoReleases = new("Ei vielä julkaisuja.", "Inga publiceringar ännu.", "Nothing released yet.");
    public static readonly Label Period = new("Ajanjakso", "Period", "Period");
    public static readonly Label Version = new("Versio", "Version", "Version");
    public static readonly Label Pack = new("Paketti", "Paket", "Pack");
    public static readonly Label Tables = new("Taulukot", "Tabeller", "Tables");
    public static readonly Label CreatedBy = new("Julkaisija", "Publicerad av", "Released by");
    public static readonly Label CreatedAt = new("Julkaistu", "Publicerad", "Released at");
    public static readonly Label CutOff = new("Tiedot kirjattu viimeistään", "Uppgifter registrerade senast", "Data recorded up to");
    public static readonly Label Revises = new("Korjaa aiempaa versiota", "Reviderar en tidigare version", "Revises an earlier version");
    public static readonly Label MakeRelease = new("Uusi julkaisu", "Ny publicering", "Make a release");
    public static readonly Label MakeReleaseHint = new(
        "Julkaisu jäädyttää päättyneen ajanjakson tiedot, laskee valitut taulukot ja suojaa ne yhdessä kaiken aiemmin julkaistun kanssa.",
        "En publicering fryser uppgifterna för en avslutad period, beräknar de valda tabellerna och skyddar dem tillsammans med allt som publicerats tidigare.",
        "A release freezes the data of an ended period, computes the chosen tables and protects them together with everything published before.");
    public static readonly Label From = new("Alkaen", "Från", "From");
    public static readonly Label To = new("Päättyen", "Till", "To");
    public static readonly Label Indicators = new("Taulukot", "Tabeller", "Tables");
    public static readonly Label IndicatorsHint = new("Vuosikatsauksen taulukot on valittu valmiiksi (Ctrl tai Vaihto valitsee useita).",
        "Årsöversiktens tabeller är förvalda (Ctrl eller Skift väljer flera).", "The annual deck's tables are chosen already (Ctrl or Shift selects several).");
    public static readonly Label Note = new("Huomautus", "Anmärkning", "Note");
    public static readonly Label Release = new("Julkaise", "Publicera", "Release");
    public static readonly Label ReleaseTitle = new("Julkaisu", "Publicering", "Release");
    public static readonly Label NotFound = new("Julkaisua ei löytynyt.", "Publiceringen hittades inte.", "The release was not found.");
    public static readonly Label Downloads = new("Lataa", "Ladda ner", "Download");
    public static readonly Label Csv = new("CSV-tiedosto", "CSV-fil", "CSV file");
    public static readonly Label Workbook = new("Excel-työkirja (taulukko kullekin välilehdelle)", "Excel-arbetsbok (en tabell per flik)", "Excel workbook (a sheet per table)");
    public static readonly Label SdmxCsv = new("SDMX-CSV 2.0 (Eurostat)", "SDMX-CSV 2.0 (Eurostat)", "SDMX-CSV 2.0 (Eurostat)");
    public static readonly Label PackHint = new("Pyytäjän paketti tuo omat taulukkonsa pyytäjän luokituksin; ilman pakettia julkaistaan alla valitut taulukot.",
        "En beställares paket har sina egna tabeller i beställarens klassificeringar; utan paket publiceras tabellerna som valts nedan.",
        "A requester's pack brings its own tables in the requester's codes; without a pack, the tables chosen below are released.");
    public static readonly Label NoPack = new("Ei pakettia: valitut taulukot", "Inget paket: valda tabeller", "No pack: the chosen tables");
    public static readonly Label Json = new("JSON-tiedosto", "JSON-fil", "JSON file");
    public static readonly Label Revisions = new("Muutokset edelliseen versioon", "Ändringar mot föregående version", "Changes from the previous version");
    public static readonly Label Cell = new("Solu", "Cell", "Cell");
    public static readonly Label Was = new("Oli", "Var", "Was");
    public static readonly Label Now = new("Nyt", "Nu", "Now");
    public static readonly Label Category = new("Luokka", "Kategori", "Category");
    public static readonly Label Value = new("Arvo", "Värde", "Value");
    public static readonly Label Total = new("Yhteensä", "Totalt", "Total");
    public static readonly Label Suppressed = new("suojattu", "skyddad", "suppressed");
    public static readonly Label SuppressedNote = new("Suojattu (ei näytetä kuvassa, jotta yksittäistä henkilöä ei voi tunnistaa):",
        "Skyddad (visas inte i diagrammet, så att ingen enskild person kan identifieras):", "Suppressed (not plotted, so that no single person can be identified):");
    public static readonly Label Trend = new("Kaikki hakemukset vuosittain", "Alla ansökningar per år", "All applications by year");
    public static readonly Label OtherTables = new("Muut taulukot", "Andra tabeller", "Other tables");
    public static readonly Label Primary = new("Ensisijainen", "Primär", "Primary");
    public static readonly Label Secondary = new("Toissijainen", "Sekundär", "Secondary");

    /// <summary>Statistics-only codes (dimensions that have no code list of their own).</summary>
    public static readonly IReadOnlyDictionary<string, Label> Codes = new Dictionary<string, Label>
    {
        ["minor"] = new("Alaikäiset", "Minderåriga", "Minors"),
        ["adult"] = new("Aikuiset", "Vuxna", "Adults"),
        ["unknown"] = new("Ei tiedossa", "Okänt", "Unknown"),
        ["victim"] = new("Ihmiskaupan uhrit", "Offer för människohandel", "Victims"),
        ["investigation-assistant"] = new("Esitutkinnassa avustavat", "Personer som bistår vid förundersökningen", "Assisting the investigation"),
        ["dependent-child"] = new("Alaikäiset lapset", "Minderåriga barn", "Dependent children"),
        ["total"] = new("Yhteensä", "Totalt", "Total"),
    };
}
