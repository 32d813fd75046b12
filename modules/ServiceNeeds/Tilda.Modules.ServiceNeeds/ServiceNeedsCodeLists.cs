using Tilda.Shared.CodeLists;

namespace Tilda.Modules.ServiceNeeds;

internal sealed class ServiceNeedsCodeLists : ICodeListSource
{
    public const string FamilyTracing = "family-tracing";

    public static readonly CodeList Measure = new("assistanceMeasure",
    [
        new("advice-guidance", new("Neuvonta ja ohjaus", "Rådgivning och handledning", "Advice and guidance")),
        new("social-services", new("Sosiaalipalvelut", "Socialservice", "Social services")),
        new("health-care", new("Terveyspalvelut", "Hälso- och sjukvård", "Health care")),
        new("reception-allowance-or-social-assistance", new("Vastaanottoraha tai toimeentulotuki", "Mottagningspenning eller utkomststöd", "Reception allowance or social assistance")),
        new("safe-accommodation", new("Turvallinen majoitus", "Trygg inkvartering", "Safe accommodation")),
        new("interpretation-translation", new("Tulkkaus ja käännösapu", "Tolkning och översättning", "Interpretation and translation")),
        new("assisted-voluntary-return", new("Avustettu vapaaehtoinen paluu", "Assisterat frivilligt återvändande", "Assisted voluntary return")),
        new("legal-aid", new("Oikeudellinen apu", "Rättshjälp", "Legal aid")),
        new(FamilyTracing, new("Alaikäisen uhrin vanhempien tai huoltajien jäljittäminen", "Efterspårning av minderårigt offers föräldrar eller vårdnadshavare", "Tracing the parents or guardians of a minor victim")),
    ]);

    public static readonly CodeList Provider = new("measureProvider",
    [
        new("assistance-system", new("Auttamisjärjestelmä", "Hjälpsystemet", "Assistance system")),
        new("wellbeing-services-county", new("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county")),
        new("municipality", new("Kunta", "Kommun", "Municipality")),
        new("purchased-service", new("Ostopalvelu", "Köpt tjänst", "Purchased service")),
        new("ngo", new("Järjestö", "Organisation", "Non-governmental organisation")),
    ]);

    public IEnumerable<CodeList> CodeLists => [Measure, Provider];
}
