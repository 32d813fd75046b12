using Tilda.Modules.Cases.Domain;
using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.Pages;

/// <summary>What can be recorded on a case from its page, by its status and the user's roles: links to the pages of the
/// modules that record it (their rules still decide; a link only saves looking).</summary>
internal static class CaseActions
{
    private static readonly Label RecordStage = new("Kirjaa rikosprosessin vaihe", "Registrera ett skede i straffprocessen", "Record a criminal-process stage");
    private static readonly Label RecordAssessment = new("Kirjaa palvelutarpeen arviointi", "Registrera en bedömning av servicebehovet", "Record a service-needs assessment");
    private static readonly Label GrantReflectionPeriod = new("Myönnä harkinta-aika", "Bevilja betänketid", "Grant a reflection period");
    private static readonly Label DecideApplication = new("Tee päätös hakemuksesta", "Fatta beslut om ansökan", "Decide the application");
    private static readonly Label Remove = new("Poista auttamisjärjestelmästä", "Avsluta i hjälpsystemet", "Remove from the assistance system");

    public static IEnumerable<(string Href, Label Label)> For(Guid caseId, string status, Guid? pendingApplicationId, bool decisionMaker)
    {
        if (decisionMaker && pendingApplicationId is { } application) yield return ($"/applications/{application}/decision", DecideApplication);
        if (status == CaseState.Client)
        {
            yield return ($"/cases/{caseId}/assessments/new", RecordAssessment);
            if (decisionMaker)
            {
                yield return ($"/cases/{caseId}/reflection-periods/new", GrantReflectionPeriod);
                yield return ($"/cases/{caseId}/removal", Remove);
            }
        }
        yield return ($"/cases/{caseId}/stages/new", RecordStage);
    }
}
