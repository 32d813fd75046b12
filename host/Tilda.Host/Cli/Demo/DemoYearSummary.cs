namespace Tilda.Host.Cli.Demo;

/// <summary>What <see cref="DemoYear.GenerateAsync"/> created; the demo-data verb prints it.</summary>
internal sealed record DemoYearSummary(
    int Year,
    int Applications,
    int Admitted,
    int Rejected,
    int Pending,
    int Removed,
    int InFinland,
    int ExploitationForms,
    int DependentChildren,
    TimeSpan Elapsed)
{
    public static DemoYearSummary Of(int year, IReadOnlyList<PlannedPerson> plan, TimeSpan elapsed)
    {
        var admitted = plan.Where(p => p.Outcome == Outcome.Admitted).ToList();
        return new(
            year,
            plan.Count,
            admitted.Count,
            plan.Count(p => p.Outcome == Outcome.Rejected),
            plan.Count(p => p.Outcome == Outcome.Pending),
            plan.Count(p => p.RemovedOn is not null),
            admitted.Count(p => p.IsInFinland),
            admitted.Sum(p => p.Forms.Count),
            plan.Sum(p => p.Children.Count),
            elapsed);
    }
}
