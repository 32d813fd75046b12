namespace Tilda.Modules.ReflectionPeriods;

/// <summary>A reflection period: 30 days to 6 months, counted from its first to its last day inclusive.</summary>
internal sealed class ReflectionPeriod
{
    public const int MinDays = 30;
    public const int MaxDays = 183;

    private ReflectionPeriod() { }

    public ReflectionPeriod(Guid caseId, DateOnly decidedOn, DateOnly startOn, DateOnly endOn, string decidedBy, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        DecidedOn = decidedOn;
        StartOn = startOn;
        EndOn = endOn;
        DecidedBy = decidedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public DateOnly StartOn { get; private set; }
    /// <summary>The last day granted.</summary>
    public DateOnly EndOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    public static int LengthInDays(DateOnly startOn, DateOnly endOn) => endOn.DayNumber - startOn.DayNumber + 1;

    /// <summary>Open on a date: not ended, and its granted last day not yet passed.</summary>
    public bool IsOpenOn(DateOnly date) => EndedOn is null && EndOn >= date;

    public void End(DateOnly endedOn, string reason)
    {
        EndedOn = endedOn;
        EndReason = reason;
    }
}
