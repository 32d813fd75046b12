using Tilda.Shared.CodeLists;

namespace Tilda.BuildingBlocks.Web.Ui;

/// <summary>The texts of the shared form parts.</summary>
public static class UiTexts
{
    public static readonly Label FormRefused = new("Tietoja ei tallennettu", "Uppgifterna sparades inte", "Nothing was saved");
    public static readonly Label Choose = new("– valitse –", "– välj –", "– choose –");
    public static readonly Label Yes = new("Kyllä", "Ja", "Yes");
    public static readonly Label No = new("Ei", "Nej", "No");
    public static readonly Label Save = new("Tallenna", "Spara", "Save");
    public static readonly Label BackToCase = new("Takaisin asiaan", "Tillbaka till ärendet", "Back to the case");
    public static readonly Label Refused = new("Sääntö esti tallennuksen.", "En regel hindrade sparandet.", "A rule prevented saving.");
    public static readonly Label NotFound = new("Ei löytynyt.", "Hittades inte.", "Not found.");
    public static readonly Label Conflict = new("Tilanne on muuttunut: ", "Läget har ändrats: ", "The situation has changed: ");
}
