namespace Tilda.Modules.ReflectionPeriods;

/// <summary>
/// A reflection period (harkinta-aika) granted to a client staying in Finland without a right of residence. Edge cases
/// decided here:
/// <list type="bullet">
/// <item>Its length is counted in days from <see cref="StartOn"/> to <see cref="EndOn"/>, both included: 30 to 183 days
/// (docs/product.md §2: 30 days to 6 months, at most 183 days). 2024-02-12 … 2024-03-12 is 30 days.</item>
/// <item>It is open from the day it is decided until the day it ends: the day it was ended (<see cref="EndedOn"/>, the
/// period's last day) or, when never ended, its last granted day — an expired period needs no explicit end.</item>
/// <item>It ends early on a day from its start to its last granted day; ending it after that day would lengthen it, which
/// takes a new decision. The reason <c>expired</c> means it ran to its last granted day.</item>
/// </list>
/// </summary>
internal sealed class ReflectionPeriod
{
    public const int MinDays = 30;
    public const int MaxDays = 183;
    public const string Expired = "expired";

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
    /// <summary>The day it was ended (its actual last day), when ended explicitly.</summary>
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    /// <summary>The user id of the decision-maker (the token's subject).</summary>
    public string DecidedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>Days from the first to the last day, both included.</summary>
    public static int LengthInDays(DateOnly startOn, DateOnly endOn) => endOn.DayNumber - startOn.DayNumber + 1;

    /// <summary>Its actual last day: the day it was ended, or else its last granted day.</summary>
    public DateOnly LastDay => EndedOn ?? EndOn;

    /// <summary>Open on a date: decided on or before it, and not yet over.</summary>
    public bool IsOpenOn(DateOnly date) => DecidedOn <= date && date <= LastDay;

    /// <summary>
    /// Why a new period decided on <paramref name="decidedOn"/> and granted until <paramref name="endOn"/> would make two
    /// open periods with this one, or null when it would not: the two are open on a same day (each is open from its
    /// decision to its last day, so this also refuses two periods running at the same time).
    /// </summary>
    public string? ConflictWith(DateOnly decidedOn, DateOnly endOn) =>
        DecidedOn <= endOn && decidedOn <= LastDay
            ? $"The client already has a reflection period {StartOn:yyyy-MM-dd} – {LastDay:yyyy-MM-dd} (decided on {DecidedOn:yyyy-MM-dd}) " +
              "that would be open at the same time as the new one; at most one period may be open at a time."
            : null;

    /// <summary>Why the period, which has not ended and starts on or before <paramref name="endedOn"/>, cannot end then for
    /// <paramref name="reason"/>, as (field, message), or null.</summary>
    public (string Field, string Message)? CannotEnd(DateOnly endedOn, string reason)
    {
        if (endedOn > EndOn)
            return ("endedOn", $"A reflection period cannot end after its last granted day ({EndOn:yyyy-MM-dd}); a longer period needs a new decision.");
        if (reason == Expired && endedOn != EndOn)
            return ("reason", $"'{Expired}' means the period ran to its last granted day ({EndOn:yyyy-MM-dd}); an earlier end needs another reason.");
        return null;
    }

    public void End(DateOnly endedOn, string reason)
    {
        EndedOn = endedOn;
        EndReason = reason;
    }
}
