using Tilda.Modules.Cases.Contracts;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Domain;

/// <summary>A request that a person be admitted to the assistance system. What was decided on it is the Decisions module's.</summary>
internal sealed class Application
{
    private Application() { }

    public Application(Guid id, Guid caseId, DateOnly receivedOn, string channel, bool urgent, string referrerType,
        string? referrerOrganisation, string applicantRole, IReadOnlyList<ExploitationFormEntry> exploitationForms,
        string exploitationLocation, IReadOnlyList<string> exploitationCountries, bool minorAtTime,
        IReadOnlyList<DependentChildEntry> dependentChildren, Guid? previousApplicationId, DateTime recordedAt)
    {
        Id = id;
        CaseId = caseId;
        ReceivedOn = receivedOn;
        Channel = channel;
        Urgent = urgent;
        ConsentGiven = true;
        ReferrerType = referrerType;
        ReferrerOrganisation = referrerOrganisation;
        ApplicantRole = applicantRole;
        ExploitationForms = exploitationForms;
        ExploitationLocation = exploitationLocation;
        ExploitationCountries = exploitationCountries;
        MinorAtTime = minorAtTime;
        DependentChildren = dependentChildren;
        PreviousApplicationId = previousApplicationId;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Channel { get; private set; } = "";
    public bool Urgent { get; private set; }
    /// <summary>Always true: an application without the person's consent is refused, never stored.</summary>
    public bool ConsentGiven { get; private set; }
    public string ReferrerType { get; private set; } = "";
    public string? ReferrerOrganisation { get; private set; }
    public string ApplicantRole { get; private set; } = "";
    public IReadOnlyList<ExploitationFormEntry> ExploitationForms { get; private set; } = [];
    public string ExploitationLocation { get; private set; } = "";
    public IReadOnlyList<string> ExploitationCountries { get; private set; } = [];
    public bool MinorAtTime { get; private set; }
    public IReadOnlyList<DependentChildEntry> DependentChildren { get; private set; } = [];
    /// <summary>On a re-application, the application it follows. Unique: two re-applications sent at the same moment
    /// cannot both follow the same one.</summary>
    public Guid? PreviousApplicationId { get; private set; }
    public DateTime RecordedAt { get; private set; }

    public ApplicationProfile ToProfile() =>
        new(ReferrerType, ApplicantRole, ExploitationForms, ExploitationLocation, MinorAtTime, DependentChildren);
}
