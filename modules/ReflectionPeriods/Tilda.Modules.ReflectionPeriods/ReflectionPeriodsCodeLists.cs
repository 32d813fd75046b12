using Tilda.Shared.CodeLists;

namespace Tilda.Modules.ReflectionPeriods;

internal sealed class ReflectionPeriodsCodeLists : ICodeListSource
{
    public static readonly CodeList EndReason = new("reflectionPeriodEndReason",
    [
        new(ReflectionPeriod.Expired, new("Harkinta-aika päättyi", "Betänketiden löpte ut", "Expired")),
        new("interrupted", new("Harkinta-aika keskeytettiin", "Betänketiden avbröts", "Interrupted")),
        new("residence-permit-granted", new("Oleskelulupa myönnettiin", "Uppehållstillstånd beviljades", "Residence permit granted")),
        new("left-finland", new("Poistui Suomesta", "Lämnade Finland", "Left Finland")),
        new("other", new("Muu syy", "Annat skäl", "Other reason")),
    ]);

    public IEnumerable<CodeList> CodeLists => [EndReason];
}
