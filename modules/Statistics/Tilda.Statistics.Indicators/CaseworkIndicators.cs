using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>
/// Seed 000: clients taking part in the criminal process. Distinct persons with a criminal-process stage dated in the
/// period who were clients on that stage's date, one row per stage (a person may appear in several rows); the total
/// counts each person once. A stage may be recorded for anyone with a case, so "client" is decided here from the
/// admission and removal facts, as for <c>clients.total</c>: admitted on or before the stage date and not removed on or
/// before it. A stage recorded before the admission, or after the removal, is therefore not counted.
/// </summary>
internal sealed class ClientsInCriminalProcess : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.criminal-process",
        new("Rikosprosessissa mukana olevat asiakkaat", "Klienter som deltar i straffprocessen", "Clients taking part in the criminal process"),
        "persons", ["stage"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var clientOn = Counting.ClientOn(facts, period.To);
        var stages = facts.Facts(FactTypes.CriminalProcessStage, period.From, period.To).Where(s => clientOn(s.Subject, s.Date));
        return Counting.PersonsBy("stage", stages, s => s.Get("stage"));
    }
}

/// <summary>Persons with a reflection-period decision dated in the period (a person granted two counts once).</summary>
internal sealed class ReflectionPeriodsGranted : IIndicator
{
    public IndicatorInfo Info { get; } = new("reflection-periods.granted",
        new("Harkinta-ajan saaneet henkilöt", "Personer som beviljats betänketid", "Persons granted a reflection period"),
        "persons", [], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        new([], facts.Facts(FactTypes.ReflectionPeriodGranted, period.From, period.To).Select(f => f.Subject).Distinct().Count());
}

/// <summary>Assistance measures whose start is in the period, by measure and provider. Each granted measure counts once,
/// on its start; a reassessment that supersedes an assessment does not re-count the measures that assessment granted.</summary>
internal sealed class AssistanceMeasuresStarted : IIndicator
{
    public IndicatorInfo Info { get; } = new("assistance-measures.started",
        new("Aloitetut auttamistoimet", "Inledda hjälpåtgärder", "Assistance measures started"),
        "measures", ["measure", "provider"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var measures = facts.Facts(FactTypes.AssistanceMeasureStarted, period.From, period.To);
        var cells = measures.GroupBy(f => (Measure: f.Get("measure"), Provider: f.Get("provider")))
            .Select(g => new IndicatorCell(new Dictionary<string, string> { ["measure"] = g.Key.Measure, ["provider"] = g.Key.Provider }, g.Count()))
            .ToList();
        return new IndicatorResult(cells, measures.Count);
    }
}
