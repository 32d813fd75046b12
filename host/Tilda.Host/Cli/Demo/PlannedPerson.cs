namespace Tilda.Host.Cli.Demo;

internal enum Outcome { Pending, Admitted, Rejected }

/// <summary>One fictitious person of the demo year and everything recorded about them, as the planners decide it.
/// Codes are those of <c>GET /api/code-lists</c>.</summary>
internal sealed class PlannedPerson(int number, DateOnly receivedOn)
{
    /// <summary>1 … 467 in the order of the applications; the surname is "Esimerkki-" and this number.</summary>
    public int Number { get; } = number;

    public DateOnly ReceivedOn { get; } = receivedOn;
    public string Channel { get; set; } = "written";
    public bool Urgent { get; set; }
    public string ReferrerType { get; set; } = "other";
    public string? Organisation { get; set; }
    public string ApplicantRole { get; set; } = "presumed-victim";

    /// <summary>Completed years on the decision date (on the application date if undecided); the birth date is chosen to give it.</summary>
    public int Age { get; set; }

    public DateOnly BirthDate { get; set; }
    public string Sex { get; set; } = "unknown";
    public List<string> Citizenships { get; } = [];
    public string ResidenceStatus { get; set; } = "unknown";
    public bool HasMunicipalityOfResidence { get; set; }

    public List<(string Form, bool Primary)> Forms { get; } = [];
    public string Location { get; set; } = "unknown";
    public List<string> Countries { get; } = [];
    public bool MinorAtTime { get; set; }
    public List<(int BirthYear, string Sex)> Children { get; } = [];

    public Outcome Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? RejectionReason { get; set; }

    public DateOnly? AssessedOn { get; set; }
    public List<(string Measure, string Provider, DateOnly StartOn, DateOnly? EndOn)> Measures { get; } = [];
    public (DateOnly DecidedOn, DateOnly StartOn, DateOnly EndOn)? ReflectionPeriod { get; set; }
    public List<(string Stage, DateOnly OccurredOn, string Offence)> Stages { get; } = [];
    /// <summary>A residence permit granted while a client (recorded on the person), with its ground.</summary>
    public (string Ground, DateOnly GrantedOn)? ResidencePermit { get; set; }

    public DateOnly? RemovedOn { get; set; }
    public string? RemovalReason { get; set; }

    public bool IsInFinland => Location is "finland" or "both";
}
