namespace Tilda.Statistics.Sdk;

/// <summary>The fact types the host records, and their dimensions (<c>GET /api/statistics/facts</c> lists them with their
/// codes). Every fact also has a date, a subject (the person's pseudonym) and, where it belongs to one admission, an episode.</summary>
public static class FactTypes
{
    /// <summary>An application, dated on its received date. Dimensions: referrerType, channel, urgent, applicantRole,
    /// reapplication, ageYears, sex, citizenship (the first listed), citizenships (every one, in the order listed, separated
    /// by commas), residenceStatus, hasMunicipalityOfResidence, exploitationLocation, primaryForm, minorAtTime.</summary>
    public const string ApplicationReceived = "application-received";

    /// <summary>An admission decision, dated on its decision date, with the person as recorded then. Dimensions: outcome
    /// (<c>admitted</c> or <c>rejected:&lt;reason&gt;</c>), urgent, applicantRole, ageYears, sex, citizenship, citizenships,
    /// residenceStatus, hasMunicipalityOfResidence, exploitationLocation, primaryForm, minorAtTime. An admission opens an episode.</summary>
    public const string AdmissionDecided = "admission-decided";

    /// <summary>One exploitation form of an admitted application, dated on the admission, in its episode. Dimensions: form,
    /// primary (<c>true</c>/<c>false</c>), exploitationLocation.</summary>
    public const string AdmittedExploitationForm = "admitted-exploitation-form";

    /// <summary>A dependent child listed on an admitted application, dated on the admission, in its episode. Dimensions: birthYear, sex.</summary>
    public const string AdmittedDependentChild = "admitted-dependent-child";

    /// <summary>A removal, dated on its decision date; it ends the episode of the admission. Dimensions: reason.</summary>
    public const string ClientRemoved = "client-removed";

    /// <summary>An assistance measure granted by a service-needs assessment, dated on its start. Dimensions: measure, provider.</summary>
    public const string AssistanceMeasureStarted = "assistance-measure-started";

    /// <summary>A reflection period granted, dated on its decision. Dimensions: lengthDays.</summary>
    public const string ReflectionPeriodGranted = "reflection-period-granted";

    /// <summary>A stage of the person's part in a criminal process, dated when it occurred (compensation ordered or granted
    /// included). Dimensions: stage, role, offence.</summary>
    public const string CriminalProcessStage = "criminal-process-stage";

    /// <summary>A residence permit recorded for a person with a case, dated on the day it was granted. Dimensions: ground.</summary>
    public const string ResidencePermitGranted = "residence-permit-granted";
}

/// <summary>The derived dimensions, computed the same way for every indicator (the host derives them in its queries too).</summary>
public static class Dimensions
{
    public const string Unknown = "unknown";

    /// <summary>The age bands of docs/product.md §2: 0-17, 18-29, 30-39, 40-49, 50-59, 60+; unknown without an age.</summary>
    public static string AgeBand(string ageYears) => int.TryParse(ageYears, out var age)
        ? age switch { < 18 => "0-17", < 30 => "18-29", < 40 => "30-39", < 50 => "40-49", < 60 => "50-59", _ => "60+" }
        : Unknown;

    /// <summary>minor (under 18), adult, or unknown.</summary>
    public static string AgeGroup(string ageYears) => int.TryParse(ageYears, out var age) ? age < 18 ? "minor" : "adult" : Unknown;
}
