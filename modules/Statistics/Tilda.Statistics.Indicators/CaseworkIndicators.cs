using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>
/// Seed 000: clients taking part in the criminal process. Distinct persons with a criminal-process stage dated in the
/// period who were clients on that stage's date, one row per stage (a person may appear in several rows); the total
/// counts each person once. A stage may be recorded for anyone with a case, so a stage recorded before the admission, or
/// after the removal, is not counted.
/// </summary>
internal sealed class ClientsInCriminalProcess : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("clients.criminal-process",
        new("Rikosprosessissa mukana olevat asiakkaat", "Klienter som deltar i straffprocessen", "Clients taking part in the criminal process"),
        "persons", ["stage"], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } =
        [new(FactTypes.CriminalProcessStage) { Select = Selection.WhileOpen(Clients.Client), By = [Dim.Of("stage")] }];
}

/// <summary>Persons with a reflection-period decision dated in the period (a person granted two counts once).</summary>
internal sealed class ReflectionPeriodsGranted : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("reflection-periods.granted",
        new("Harkinta-ajan saaneet henkilöt", "Personer som beviljats betänketid", "Persons granted a reflection period"),
        "persons", [], BuiltInIndicators.AnnualReport, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } = [new(FactTypes.ReflectionPeriodGranted)];
}

/// <summary>Assistance measures whose start is in the period, by measure and provider. Each granted measure counts once,
/// on its start; a reassessment that carries a running measure over does not count it again.</summary>
internal sealed class AssistanceMeasuresStarted : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("assistance-measures.started",
        new("Aloitetut auttamistoimet", "Inledda hjälpåtgärder", "Assistance measures started"),
        "measures", ["measure", "provider"], BuiltInIndicators.AnnualReport, CountsPersons: false, InAnnualReport: true);

    public IReadOnlyList<Count> Counts { get; } =
        [new(FactTypes.AssistanceMeasureStarted) { By = [Dim.Of("measure"), Dim.Of("provider")], As = Counting.Events }];
}
