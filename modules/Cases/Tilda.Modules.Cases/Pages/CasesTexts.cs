using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.Pages;

/// <summary>The texts of the Cases pages: search, the case, the application form, the person.</summary>
internal static class CasesTexts
{
    public static readonly Label SearchTitle = new("Asiat", "Ärenden", "Cases");
    public static readonly Label SearchText = new("Nimi", "Namn", "Name");
    public static readonly Label SearchHint = new("Etu- tai sukunimi tai niiden osa", "För- eller efternamn eller en del av dem", "Given names or surname, or part of them");
    public static readonly Label Status = new("Tila", "Status", "Status");
    public static readonly Label AnyStatus = new("Kaikki", "Alla", "Any");
    public static readonly Label Search = new("Hae", "Sök", "Search");
    public static readonly Label Results = new("Hakutulokset", "Sökresultat", "Results");
    public static readonly Label Found = new("Löytyi", "Hittades", "Found");
    public static readonly Label Page = new("Sivu", "Sida", "Page");
    public static readonly Label Previous = new("Edellinen sivu", "Föregående sida", "Previous page");
    public static readonly Label Next = new("Seuraava sivu", "Nästa sida", "Next page");
    public static readonly Label Name = new("Nimi", "Namn", "Name");
    public static readonly Label Born = new("Syntynyt", "Född", "Born");
    public static readonly Label OpenedOn = new("Avattu", "Öppnat", "Opened");
    public static readonly Label ClientSince = new("Asiakas alkaen", "Klient sedan", "Client since");
    public static readonly Label RemovedOn = new("Poistettu", "Avslutad", "Removed");
    public static readonly Label NoCases = new("Hakuehdoilla ei löytynyt asioita.", "Inga ärenden hittades.", "No cases match.");

    public static readonly Label CaseTitle = new("Asia", "Ärende", "Case");
    public static readonly Label CaseNotFound = new("Asiaa ei löytynyt.", "Ärendet hittades inte.", "The case was not found.");
    public static readonly Label Person = new("Henkilö", "Person", "Person");
    public static readonly Label GivenNames = new("Etunimet", "Förnamn", "Given names");
    public static readonly Label Surname = new("Sukunimi", "Efternamn", "Surname");
    public static readonly Label BirthDate = new("Syntymäaika", "Födelsedatum", "Birth date");
    public static readonly Label BirthYear = new("Syntymävuosi", "Födelseår", "Birth year");
    public static readonly Label BirthHint = new("Syntymäaika, tai pelkkä vuosi jos päivää ei tiedetä", "Födelsedatum, eller bara året om dagen inte är känd", "The birth date, or only the year when the day is not known");
    public static readonly Label Sex = new("Sukupuoli", "Kön", "Sex");
    public static readonly Label Citizenships = new("Kansalaisuudet", "Medborgarskap", "Citizenships");
    public static readonly Label CitizenshipsHint = new("Yksi tai useampi (Ctrl tai Vaihto valitsee useita); ensimmäinen on pääasiallinen", "En eller flera (Ctrl eller Skift väljer flera)", "One or more (Ctrl or Shift selects several)");
    public static readonly Label ResidenceStatus = new("Oleskeluasema", "Uppehållsstatus", "Residence status");
    public static readonly Label PermitGround = new("Oleskeluluvan peruste", "Grund för uppehållstillståndet", "Residence permit ground");
    public static readonly Label PermitGrantedOn = new("Oleskeluluvan myöntämispäivä", "Uppehållstillståndet beviljat", "Residence permit granted on");
    public static readonly Label PermitHint = new("Vain kun oleskeluasema on oleskelulupa: peruste ja myöntämispäivä yhdessä.",
        "Endast när uppehållsstatus är uppehållstillstånd: grund och datum tillsammans.", "Only when the residence status is a residence permit: the ground and the date together.");
    public static readonly Label Municipality = new("Henkilöllä on kotikunta", "Personen har en hemkommun", "The person has a municipality of residence");
    public static readonly Label IdentityCode = new("Henkilötunnus", "Personbeteckning", "Personal identity code");
    public static readonly Label Applications = new("Hakemukset", "Ansökningar", "Applications");
    public static readonly Label ReceivedOn = new("Saapunut", "Inkommen", "Received");
    public static readonly Label Channel = new("Saapumistapa", "Kanal", "Channel");
    public static readonly Label Urgent = new("Kiireellinen", "Brådskande", "Urgent");
    public static readonly Label Referrer = new("Ohjaaja", "Hänvisare", "Referred by");
    public static readonly Label Organisation = new("Ohjaava organisaatio", "Hänvisande organisation", "Referring organisation");
    public static readonly Label ApplicantRole = new("Hakijan asema", "Sökandens ställning", "Applicant's role");
    public static readonly Label Exploitation = new("Hyväksikäyttö", "Utnyttjande", "Exploitation");
    public static readonly Label Decisions = new("Päätökset", "Beslut", "Decisions");
    public static readonly Label Assessments = new("Palvelutarpeen arvioinnit ja auttamistoimet", "Bedömningar av servicebehovet och hjälpåtgärder", "Service-needs assessments and measures");
    public static readonly Label ReflectionPeriods = new("Harkinta-ajat", "Betänketider", "Reflection periods");
    public static readonly Label Stages = new("Rikosprosessi", "Straffprocessen", "Criminal process");
    public static readonly Label Timeline = new("Aikajana", "Tidslinje", "Timeline");
    public static readonly Label Date = new("Päivä", "Datum", "Date");
    public static readonly Label What = new("Tapahtuma", "Händelse", "What");
    public static readonly Label Details = new("Tiedot", "Uppgifter", "Details");
    public static readonly Label NothingRecorded = new("Ei kirjauksia.", "Inga registreringar.", "Nothing recorded.");
    public static readonly Label Actions = new("Toiminnot", "Åtgärder", "Actions");
    public static readonly Label EditPerson = new("Muuta henkilötietoja", "Ändra personuppgifter", "Change the person's details");
    public static readonly Label Reapply = new("Uusi hakemus tälle henkilölle", "Ny ansökan för den här personen", "New application for this person");

    public static readonly Label NewApplication = new("Uusi hakemus", "Ny ansökan", "New application");
    public static readonly Label Reapplication = new("Uusi hakemus asiaan", "Ny ansökan i ärendet", "Re-application");
    public static readonly Label Application = new("Hakemus", "Ansökan", "Application");
    public static readonly Label Consent = new("Henkilö on antanut suostumuksensa hakemukseen", "Personen har gett sitt samtycke till ansökan", "The person has consented to the application");
    public static readonly Label ConsentHint = new("Hakemus voidaan tehdä vain henkilön suostumuksella.", "En ansökan kan bara göras med personens samtycke.", "An application can only be made with the person's consent.");
    public static readonly Label PrimaryForm = new("Ensisijainen hyväksikäytön muoto", "Primär form av utnyttjande", "Primary form of exploitation");
    public static readonly Label SecondaryForms = new("Muut hyväksikäytön muodot", "Andra former av utnyttjande", "Other forms of exploitation");
    public static readonly Label Location = new("Missä hyväksikäyttö tapahtui", "Var utnyttjandet skedde", "Where the exploitation took place");
    public static readonly Label Countries = new("Maat", "Länder", "Countries");
    public static readonly Label MinorAtTime = new("Henkilö oli alaikäinen hyväksikäytön aikana", "Personen var minderårig vid utnyttjandet", "The person was a minor at the time");
    public static readonly Label Children = new("Alaikäiset lapset", "Minderåriga barn", "Dependent children");
    public static readonly Label ChildrenHint = new("Jätä tyhjäksi rivit, joita ei tarvita.", "Lämna onödiga rader tomma.", "Leave the rows you do not need empty.");
    public static readonly Label Child = new("Lapsi", "Barn", "Child");
    public static readonly Label Register = new("Tallenna hakemus", "Spara ansökan", "Save the application");
    public static readonly Label StaleVersion = new(
        "Joku muu muutti henkilötietoja sillä välin, eikä mitään tallennettu. Lomakkeella ovat nyt tallennetut tiedot ja ne muutoksesi, joihin toinen ei koskenut; tarkista ja tallenna uudelleen.",
        "Någon annan ändrade personuppgifterna under tiden, och ingenting sparades. Formuläret visar de sparade uppgifterna och de av dina ändringar som den andra inte rörde; kontrollera och spara igen.",
        "Someone else changed the person's details meanwhile, and nothing was saved. The form shows the details now on record with those of your changes the other did not touch; check them and save again.");
    public static readonly Label ChangedFields = new("Muuttuneet tiedot:", "Ändrade uppgifter:", "What changed:");
}
