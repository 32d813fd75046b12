using System.Reflection;
using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.CodeLists;

/// <summary>The code lists the Cases module owns. Codes are stable API values; labels are for people.</summary>
internal sealed class CasesCodeLists : ICodeListSource
{
    public static readonly CodeList ReferrerType = new("referrerType",
    [
        new("reception-centre", new("Vastaanottokeskus", "Förläggning", "Reception centre")),
        new("immigration-service", new("Maahanmuuttovirasto", "Migrationsverket", "Finnish Immigration Service")),
        new("police", new("Poliisi", "Polisen", "Police")),
        new("border-guard", new("Rajavartiolaitos", "Gränsbevakningsväsendet", "Border Guard")),
        new("wellbeing-services-county", new("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county")),
        new("municipality", new("Kunta", "Kommun", "Municipality")),
        new("labour-protection", new("Työsuojeluviranomainen", "Arbetarskyddsmyndigheten", "Occupational safety and health authority")),
        new("ngo", new("Järjestö", "Organisation", "Non-governmental organisation")),
        new("legal-counsel", new("Oikeudellinen avustaja", "Juridiskt biträde", "Legal counsel")),
        new("parish", new("Seurakunta", "Församling", "Parish")),
        new("self", new("Hakija itse", "Sökanden själv", "The person themselves")),
        new("other-authority", new("Muu viranomainen", "Annan myndighet", "Other authority")),
        new("other", new("Muu", "Annan", "Other")),
    ]);

    public static readonly CodeList Channel = new("channel",
    [
        new("written", new("Kirjallinen", "Skriftlig", "Written")),
        new("phone", new("Puhelin", "Telefon", "Phone")),
        new("in-person", new("Henkilökohtaisesti", "Personligen", "In person")),
        new("email", new("Sähköposti", "E-post", "Email")),
    ]);

    public static readonly CodeList Sex = new("sex",
    [
        new("female", new("Nainen", "Kvinna", "Female")),
        new("male", new("Mies", "Man", "Male")),
        new("other", new("Muu", "Annat", "Other")),
        new("unknown", new("Ei tiedossa", "Okänt", "Unknown")),
    ]);

    public static readonly CodeList ResidenceStatus = new("residenceStatus",
    [
        new("finnish-citizen", new("Suomen kansalainen", "Finsk medborgare", "Finnish citizen")),
        new("eu-citizen", new("EU-kansalainen", "EU-medborgare", "EU citizen")),
        new("residence-permit", new("Oleskelulupa", "Uppehållstillstånd", "Residence permit")),
        new("asylum-seeker", new("Turvapaikanhakija", "Asylsökande", "Asylum seeker")),
        new("temporary-protection", new("Tilapäinen suojelu", "Tillfälligt skydd", "Temporary protection")),
        new("visa-or-visa-free", new("Viisumi tai viisumivapaa oleskelu", "Visum eller visumfri vistelse", "Visa or visa-free stay")),
        new("irregular", new("Ei oleskeluoikeutta", "Utan uppehållsrätt", "Irregular (no right of residence)")),
        new("unknown", new("Ei tiedossa", "Okänt", "Unknown")),
    ]);

    private static readonly DateOnly Directive2024_1712 = new(2024, 7, 14);

    public static readonly CodeList ExploitationForm = new("exploitationForm",
    [
        new("sexual", new("Seksuaalinen hyväksikäyttö", "Sexuellt utnyttjande", "Sexual exploitation")),
        new("labour", new("Työperäinen hyväksikäyttö", "Arbetskraftsexploatering", "Labour exploitation")),
        new("forced-criminality", new("Pakottaminen rikolliseen toimintaan", "Tvång till brottslig verksamhet", "Forced criminality")),
        new("begging", new("Pakottaminen kerjäämiseen", "Tvång till tiggeri", "Forced begging")),
        new("forced-marriage", new("Pakkoavioliitto", "Tvångsäktenskap", "Forced marriage")),
        new("organ-removal", new("Elinten poistaminen", "Avlägsnande av organ", "Organ removal")),
        new("benefit-fraud", new("Etuuspetos", "Bidragsbedrägeri", "Benefit fraud")),
        // Directive (EU) 2024/1712 added these to the definition of trafficking in human beings; in force from 14 July 2024.
        new("surrogacy", new("Sijaissynnytyksen hyväksikäyttö", "Utnyttjande av surrogatmoderskap", "Exploitation of surrogacy"), ValidFrom: Directive2024_1712),
        new("illegal-adoption", new("Laiton adoptio", "Olaglig adoption", "Illegal adoption"), ValidFrom: Directive2024_1712),
        new("other", new("Muu", "Annat", "Other")),
    ]);

    public const string ResidencePermit = "residence-permit";

    /// <summary>The ground of a residence permit granted to a person with a case (GRETA and the US TIP report ask for it).</summary>
    public static readonly CodeList ResidencePermitGround = new("residencePermitGround",
    [
        new("victim-personal-situation", new("Uhrin henkilökohtainen tilanne", "Offrets personliga situation", "The victim's personal situation")),
        new("cooperation-with-authorities", new("Yhteistyö viranomaisten kanssa rikosprosessissa", "Samarbete med myndigheterna i straffprocessen", "Cooperation with the authorities in the criminal process")),
        new("other", new("Muu peruste", "Annan grund", "Other ground")),
    ]);

    public static readonly CodeList ExploitationLocation = new("exploitationLocation",
    [
        new("finland", new("Suomessa", "I Finland", "In Finland")),
        new("abroad", new("Ulkomailla", "Utomlands", "Abroad")),
        new("both", new("Suomessa ja ulkomailla", "I Finland och utomlands", "In Finland and abroad")),
        new("unknown", new("Ei tiedossa", "Okänt", "Unknown")),
    ]);

    public static readonly CodeList ApplicantRole = new("applicantRole",
    [
        new("presumed-victim", new("Mahdollinen ihmiskaupan uhri", "Möjligt offer för människohandel", "Presumed victim of trafficking")),
        new("investigation-assistant", new("Ihmiskaupparikoksen esitutkinnassa avustava henkilö", "Person som bistår vid förundersökningen av människohandelsbrott", "Person assisting in the criminal investigation")),
    ]);

    public static readonly CodeList CaseStatus = new("caseStatus",
    [
        new("applicant", new("Hakija", "Sökande", "Applicant")),
        new("client", new("Asiakas", "Klient", "Client")),
        new("former-client", new("Entinen asiakas", "Tidigare klient", "Former client")),
        new("rejected", new("Hakemus hylätty", "Ansökan avslagen", "Rejected")),
    ]);

    public static readonly CodeList ApplicationStatus = new("applicationStatus",
    [
        new("pending", new("Vireillä", "Anhängig", "Pending")),
        new("admitted", new("Otettu asiakkaaksi", "Antagen som klient", "Admitted")),
        new("rejected", new("Hylätty", "Avslagen", "Rejected")),
    ]);

    /// <summary>ISO 3166-1 alpha-3 countries (exploitation countries).</summary>
    public static readonly CodeList Country = new("country", LoadCountries());

    /// <summary>Citizenship: a country, or stateless, or unknown.</summary>
    public static readonly CodeList Citizenship = new("citizenship",
    [
        .. Country.Codes,
        new("stateless", new("Kansalaisuudeton", "Statslös", "Stateless")),
        new("unknown", new("Ei tiedossa", "Okänd", "Unknown")),
    ]);

    public IEnumerable<CodeList> CodeLists =>
        [ReferrerType, Channel, Sex, Citizenship, Country, ResidenceStatus, ResidencePermitGround, ExploitationForm, ExploitationLocation, ApplicantRole, CaseStatus, ApplicationStatus];

    private static List<Code> LoadCountries()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tilda.Modules.Cases.countries.csv")
            ?? throw new InvalidOperationException("The country list resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(';'))
            .Select(f => new Code(f[0], new Label(f[2], f[3], f[1])))
            .ToList();
    }
}
