using Tilda.BuildingBlocks.Web;
using Tilda.Shared.CodeLists;

namespace Tilda.Host.Components;

/// <summary>The texts of the layout, the home page, sign-in and the work list.</summary>
internal static class HostTexts
{
    public static readonly Label Product = new("Ihmiskaupan uhrien auttamisjärjestelmä", "Hjälpsystemet för offer för människohandel", "Assistance system for victims of human trafficking");
    public static readonly Label SkipToContent = new("Siirry sisältöön", "Hoppa till innehållet", "Skip to content");
    public static readonly Label Language = new("Kieli", "Språk", "Language");
    public static readonly Label MainNavigation = new("Päävalikko", "Huvudmeny", "Main menu");
    /// <summary>The roles by their <c>role</c> claim value.</summary>
    public static readonly IReadOnlyDictionary<string, Label> RoleNames = new Dictionary<string, Label>
    {
        [Roles.Caseworker] = new("sosiaalityöntekijä", "socialarbetare", "caseworker"),
        [Roles.DecisionMaker] = new("päätöksentekijä", "beslutsfattare", "decision-maker"),
        [Roles.Statistician] = new("tilastoija", "statistiker", "statistician"),
        [Roles.Auditor] = new("tarkastaja", "granskare", "auditor"),
        [Roles.Admin] = new("pääkäyttäjä", "huvudanvändare", "administrator"),
    };
    public static readonly Label SignedInAs = new("Kirjautunut:", "Inloggad:", "Signed in:");
    public static readonly Label SignOut = new("Kirjaudu ulos", "Logga ut", "Sign out");
    public static readonly Label WorkList = new("Työlista", "Arbetslista", "Work list");
    public static readonly Label Cases = new("Asiat", "Ärenden", "Cases");
    public static readonly Label NewApplication = new("Uusi hakemus", "Ny ansökan", "New application");
    public static readonly Label Releases = new("Tilastojulkaisut", "Statistikpubliceringar", "Statistical releases");
    public static readonly Label Welcome = new("Tervetuloa", "Välkommen", "Welcome");
    public static readonly Label WelcomeText = new(
        "Tilda on auttamisjärjestelmän asiankäsittely- ja tilastojärjestelmä. Valitse tehtävä valikosta.",
        "Tilda är hjälpsystemets ärendehanterings- och statistiksystem. Välj en uppgift i menyn.",
        "Tilda is the assistance system's case-handling and statistics system. Choose a task from the menu.");
    public static readonly Label NoRoleHere = new(
        "Roolisi ei avaa verkkokäyttöliittymän sivuja. Käytä rajapintaa tai pyydä toista roolia.",
        "Din roll öppnar inga sidor i webbgränssnittet. Använd gränssnittet (API) eller be om en annan roll.",
        "Your role opens no page of the web interface. Use the API, or ask for another role.");
    public static readonly Label SignIn = new("Kirjaudu sisään", "Logga in", "Sign in");
    public static readonly Label SignInWithLink = new(
        "Kirjaudu sisään kertakäyttöisellä linkillä. Ylläpitäjä luo sen komennolla:",
        "Logga in med en engångslänk. Administratören skapar den med kommandot:",
        "Sign in with a one-time link. An administrator creates it with the command:");
    public static readonly Label SignInLinkRules = new(
        "Linkki on voimassa 10 minuuttia ja toimii vain kerran.",
        "Länken gäller i 10 minuter och fungerar bara en gång.",
        "The link is valid for 10 minutes and works only once.");
    public static readonly Label SignInAs = new("Kirjaudu käyttäjänä", "Logga in som", "Sign in as");
    public static readonly Label WithRoles = new("roolit", "roller", "roles");
    public static readonly Label LinkNotValid = new(
        "Linkki ei kelpaa: se on vanhentunut, jo käytetty tai virheellinen. Pyydä uusi linkki.",
        "Länken gäller inte: den har gått ut, redan använts eller är felaktig. Be om en ny länk.",
        "The link is not valid: it has expired, has been used already, or is malformed. Ask for a new link.");
    public static readonly Label ReceivedOn = new("Saapunut", "Inkommen", "Received");
    public static readonly Label AgeDays = new("Ikä (päivää)", "Ålder (dagar)", "Age (days)");
    public static readonly Label Urgent = new("Kiireellinen", "Brådskande", "Urgent");
    public static readonly Label Case = new("Asia", "Ärende", "Case");
    public static readonly Label OpenCase = new("Avaa asia", "Öppna ärendet", "Open the case");
    public static readonly Label Period = new("Harkinta-aika", "Betänketid", "Reflection period");
    public static readonly Label DaysLeft = new("Päiviä jäljellä", "Dagar kvar", "Days left");
    public static readonly Label AssessedOn = new("Arvioitu", "Bedömd", "Assessed");
    public static readonly Label LastMeasureEnded = new("Viimeinen toimi päättyi", "Sista åtgärden upphörde", "Last measure ended");
    public static readonly Label Nothing = new("Ei mitään.", "Inget.", "Nothing.");
    public static readonly Label WorkListOn = new("Tilanne", "Läget den", "As of");
}
