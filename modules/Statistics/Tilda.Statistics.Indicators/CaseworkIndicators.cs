using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>
/// Seed 000: clients taking part in the criminal process. Distinct persons who were clients on the date of a stage
/// dated in the period, one row per stage; the total counts each person once.
/// </summary>
internal sealed class ClientsInCriminalProcess : IIndicator
{
    public IndicatorInfo Info { get; } = new("clients.criminal-process",
        new("Rikosprosessissa mukana olevat asiakkaat", "Klienter som deltar i straffprocessen", "Clients taking part in the criminal process"),
        "persons", ["stage"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var stages = facts.Facts(FactTypes.CriminalProcessStage, period.From, period.To);
        var byDate = stages.Select(s => s.Date).Distinct().ToDictionary(d => d, d => Counting.OpenAdmissions(facts, d).Select(a => a.Subject).ToHashSet());
        return Counting.PersonsBy("stage", stages.Where(s => byDate[s.Date].Contains(s.Subject)), s => s.Get("stage"));
    }
}

/// <summary>Persons with a reflection-period decision dated in the period.</summary>
internal sealed class ReflectionPeriodsGranted : IIndicator
{
    public IndicatorInfo Info { get; } = new("reflection-periods.granted",
        new("Harkinta-ajan saaneet henkilöt", "Personer som beviljats betänketid", "Persons granted a reflection period"),
        "persons", [], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period) =>
        new([], facts.Facts(FactTypes.ReflectionPeriodGranted, period.From, period.To).Select(f => f.Subject).Distinct().Count());
}

/// <summary>Assistance measures whose start is in the period, by measure and provider.</summary>
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
