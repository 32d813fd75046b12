namespace Tilda.Modules.ServiceNeeds;

/// <summary>An individual service-needs assessment (palvelutarpeen arviointi) and the measures it grants.</summary>
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

/// <summary>An assistance measure (auttamistoimi) with its provider, start and (planned or actual) end.</summary>
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
    /// <summary>The end granted in the assessment (may lie in the future), replaced by the actual end when ended.</summary>
    public DateOnly? EndOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public void End(DateOnly endedOn)
    {
        EndedOn = endedOn;
        EndOn = endedOn;
    }
}
