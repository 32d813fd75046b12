namespace Tilda.Host.Cli.Demo;

/// <summary>
/// What is recorded on a new client's case after the admission: a service-needs assessment on the admission day,
/// a reflection period for a client staying irregularly, for every third client criminal-process stages dated in the
/// year (compensation for some of those charged), and a residence permit for every fourth client without a right of
/// residence. Derived from the person's number rather than the seeded generator, so that changing it leaves the rest of
/// the plan as it is.
/// </summary>
internal static class CaseworkPlanner
{
    private static readonly (string Measure, string Provider)[] MeasureMix =
    [
        ("safe-accommodation", "assistance-system"), ("health-care", "wellbeing-services-county"),
        ("reception-allowance-or-social-assistance", "municipality"), ("interpretation-translation", "purchased-service"),
        ("legal-aid", "ngo"),
    ];

    public static void Plan(PlannedPerson p, DateOnly last)
    {
        var admitted = p.DecidedOn!.Value;
        p.AssessedOn = admitted;
        p.Measures.Add(("advice-guidance", "assistance-system", admitted, null));
        var (measure, provider) = MeasureMix[p.Number % MeasureMix.Length];
        p.Measures.Add((measure, provider, admitted, admitted.AddMonths(6)));
        if (p.Age < 18) p.Measures.Add(("family-tracing", "assistance-system", admitted, null));

        if (p.ResidenceStatus == "irregular") p.ReflectionPeriod = (admitted, admitted, admitted.AddDays(89));
        if (p.ResidenceStatus is "irregular" or "asylum-seeker" && p.Number % 4 == 0 && admitted.AddDays(45) <= last)
            p.ResidencePermit = (p.Number % 20 == 0 ? "other" : p.Number % 3 == 0 ? "cooperation-with-authorities" : "victim-personal-situation", admitted.AddDays(45));

        if (p.Number % 3 != 0) return;
        (string Stage, int Days)[] stages = p.Number % 6 == 0
            ? [("report-filed", 5), ("investigation-started", 20), ("charges-brought", 60), ("compensation-ordered", 150), ("state-compensation-granted", 200)]
            : [("report-filed", 5), ("investigation-started", 20)];
        if (p.Number % 12 != 0) stages = [.. stages.Where(s => s.Stage != "state-compensation-granted")];
        var offence = p.Number % 4 == 0 ? "aggravated-trafficking" : "trafficking";
        foreach (var (stage, days) in stages.Where(s => admitted.AddDays(s.Days) <= last))
            p.Stages.Add((stage, admitted.AddDays(days), offence));
    }
}
