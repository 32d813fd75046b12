namespace Tilda.Modules.CriminalProcess;

/// <summary>
/// One dated stage of the person's part in a criminal process (report, investigation, charging decision, verdict), with
/// their role and the offence. Stages are recorded, never edited: the list of them is the process as it happened.
/// </summary>
internal sealed class Stage
{
    private Stage() { }

    public Stage(Guid caseId, string code, DateOnly occurredOn, string role, string offence, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Code = code;
        OccurredOn = occurredOn;
        Role = role;
        Offence = offence;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Code { get; private set; } = "";
    public DateOnly OccurredOn { get; private set; }
    public string Role { get; private set; } = "";
    public string Offence { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>
    /// A charging decision or a verdict presupposes a criminal investigation: it may be recorded only when the case
    /// already has an <c>investigation-started</c> stage dated on or before it. Any earlier investigation of the case
    /// counts (the stages carry no process id), whatever its offence or the person's role in it.
    /// </summary>
    public static string? MissingInvestigation(string stage, DateOnly occurredOn, IEnumerable<Stage> recorded) =>
        CriminalProcessCodeLists.AfterInvestigation.Contains(stage)
        && !recorded.Any(s => s.Code == CriminalProcessCodeLists.InvestigationStarted && s.OccurredOn <= occurredOn)
            ? $"'{stage}' can only follow a criminal investigation: record '{CriminalProcessCodeLists.InvestigationStarted}' " +
              $"(dated on or before {occurredOn:yyyy-MM-dd}) first."
            : null;
}
