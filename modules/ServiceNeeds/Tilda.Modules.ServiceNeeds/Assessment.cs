using System.Linq.Expressions;
namespace Tilda.Modules.ServiceNeeds;

/// <summary>
/// An individual service-needs assessment (palvelutarpeen arviointi) and the assistance measures it grants. A case has
/// at most one current assessment (a filtered unique index): a reassessment supersedes the earlier one, which stays on
/// record, with its measures, as <see cref="Superseded"/>.
/// </summary>
internal sealed class Assessment
{
    public const string Current = "current";
    public const string Superseded = "superseded";

    private Assessment() { }

    public Assessment(Guid caseId, DateOnly assessedOn, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        AssessedOn = assessedOn;
        Status = Current;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string Status { get; private set; } = Current;
    public Guid? SupersededBy { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public List<Measure> Measures { get; private set; } = [];

    /// <summary>A reassessment replaces this one; it stays on record with its measures.</summary>
    public void SupersedeBy(Guid assessmentId)
    {
        Status = Superseded;
        SupersededBy = assessmentId;
    }
}

/// <summary>
/// An assistance measure (auttamistoimi) with its provider, its start and its planned end (granted in the assessment,
/// may lie in the future or be open), and — once it has ended — the day it actually ended. Each measure is one grant,
/// counted once on its start (<c>assistance-measures.started</c>); superseding its assessment neither ends nor re-counts it,
/// and a reassessment that lists it again while it runs carries it on (<see cref="ContinueIn"/>) rather than starting another.
/// </summary>
internal sealed class Measure
{
    private Measure() { }

    public Measure(Guid assessmentId, Guid caseId, string code, string provider, DateOnly startOn, DateOnly? endOn)
    {
        Id = Guid.CreateVersion7();
        AssessmentId = assessmentId;
        CaseId = caseId;
        Code = code;
        Provider = provider;
        StartOn = startOn;
        EndOn = endOn;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public Guid CaseId { get; private set; }
    public string Code { get; private set; } = "";
    public string Provider { get; private set; } = "";
    public DateOnly StartOn { get; private set; }
    /// <summary>The end granted in the assessment (planned; may lie in the future), kept when the measure ends.</summary>
    public DateOnly? EndOn { get; private set; }
    /// <summary>The day the measure actually ended.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>
    /// Ends the measure on a day not before its start. The day may differ from the planned end either way (help often
    /// stops early or runs longer than planned), and a measure of a superseded assessment, or of a client since removed,
    /// can still be ended — that records when it really stopped.
    /// </summary>
    public void End(DateOnly endedOn) => EndedOn = endedOn;

    /// <summary>Running on a date: not ended, and its planned end (if any) not before that date. An expression, so that
    /// the database applies the one rule wherever measures are read.</summary>
    public static Expression<Func<Measure, bool>> RunningOn(DateOnly date) => m => m.EndedOn == null && !(m.EndOn < date);

    /// <summary>A reassessment grants this running measure again: it moves to the new assessment with the planned end
    /// granted there, and keeps its id and start — it is the same help, not a new grant.</summary>
    public void ContinueIn(Guid assessmentId, DateOnly? endOn)
    {
        AssessmentId = assessmentId;
        EndOn = endOn;
    }
}
