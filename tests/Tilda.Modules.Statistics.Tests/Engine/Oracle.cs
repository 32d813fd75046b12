using System.Globalization;
using Tilda.Modules.Statistics.Facts;
using Tilda.Statistics.Sdk;
using Tilda.Synthetic;

namespace Tilda.Modules.Statistics.Tests.Engine;

internal static class SyntheticFacts
{
    public static FactRecord ToRecord(this SyntheticFact fact, DateTime recordedAt) =>
        new(fact.Type, fact.Subject, fact.Date, recordedAt, fact.Episode, fact.Dimensions);
}

/// <summary>
/// The SPEC §4 counting rules written the plain way, over facts in memory — the semantics the built-in indicators had
/// before they moved into the database, kept as the oracle the engine is checked against, cell for cell.
/// </summary>
internal static class Oracle
{
    public static Dictionary<string, long> Cells(string indicator, IReadOnlyList<SyntheticFact> facts, ReportingPeriod period) => indicator switch
    {
        "applications.received" => Events(InPeriod(facts, FactTypes.ApplicationReceived, period), f => f.Date.Year.ToString(CultureInfo.InvariantCulture)),
        "applications.by-referrer" => Events(InPeriod(facts, FactTypes.ApplicationReceived, period), f => f.Get("referrerType")),
        "decisions.admission" => Events(InPeriod(facts, FactTypes.AdmissionDecided, period), f => f.Get("outcome")),
        "clients.new" => Persons(NewClients(facts, period), f => Dimensions.AgeGroup(f.Get("ageYears"))),
        "clients.new.by-age-band" => Persons(NewClients(facts, period), f => Dimensions.AgeBand(f.Get("ageYears"))),
        "clients.new.exploitation-forms" => Forms(facts, period),
        "clients.new.in-finland.by-citizenship" => Persons(NewClients(facts, period).Where(InFinland), f => f.Get("citizenship")),
        "clients.new.in-finland.by-sex" => Persons(NewClients(facts, period).Where(InFinland), f => f.Get("sex")),
        "clients.new.in-finland.by-residence-status" => Persons(NewClients(facts, period).Where(InFinland), f => f.Get("residenceStatus")),
        "clients.total" => Total(facts, period.To),
        "clients.admitted-as-minor" => Persons(OpenAdmissions(facts, period.To).Where(f => Dimensions.AgeGroup(f.Get("ageYears")) == "minor"), _ => null),
        "clients.removed" => Persons(InPeriod(facts, FactTypes.ClientRemoved, period), f => f.Get("reason")),
        "clients.criminal-process" => Persons(InPeriod(facts, FactTypes.CriminalProcessStage, period).Where(s => ClientOn(facts, s.Subject, s.Date)), f => f.Get("stage")),
        "reflection-periods.granted" => Persons(InPeriod(facts, FactTypes.ReflectionPeriodGranted, period), _ => null),
        "assistance-measures.started" => Events(InPeriod(facts, FactTypes.AssistanceMeasureStarted, period), f => $"{f.Get("measure")}|{f.Get("provider")}"),
        "victims.identified.by-sex-age" => Persons(IdentifiedVictims(facts, period), f => $"{f.Get("sex")}|{Dimensions.AgeGroup(f.Get("ageYears"))}"),
        "victims.identified.by-citizenship" => Persons(IdentifiedVictims(facts, period), f => $"{f.Get("citizenships")}|{f.Get("sex")}"),
        "victims.identified.by-form" => Persons(IdentifiedVictims(facts, period), f => $"{f.Get("primaryForm")}|{f.Get("sex")}|{Dimensions.AgeGroup(f.Get("ageYears"))}"),
        "victims.identified.by-location" => Persons(IdentifiedVictims(facts, period), f => f.Get("exploitationLocation")),
        "applicants.presumed-victims" => Persons(InPeriod(facts, FactTypes.ApplicationReceived, period).Where(f => f.Get("applicantRole") == "presumed-victim")
            .GroupBy(f => f.Subject).Select(g => g.OrderBy(f => f.Date).First()), f => $"{f.Get("sex")}|{Dimensions.AgeGroup(f.Get("ageYears"))}"),
        "residence-permits.granted" => Persons(InPeriod(facts, FactTypes.ResidencePermitGranted, period), f => f.Get("ground")),
        "victims.compensated" => Persons(InPeriod(facts, FactTypes.CriminalProcessStage, period)
            .Where(f => f.Get("stage") is "compensation-ordered" or "state-compensation-granted"), f => f.Get("stage")),
        "clients.assisted.by-measure" => Persons(InPeriod(facts, FactTypes.AssistanceMeasureStarted, period), f => f.Get("measure")),
        _ => throw new ArgumentException($"No oracle for {indicator}."),
    };

    private static IEnumerable<SyntheticFact> InPeriod(IReadOnlyList<SyntheticFact> facts, string type, ReportingPeriod period) =>
        facts.Where(f => f.Type == type && period.Contains(f.Date));

    private static bool InFinland(SyntheticFact f) => f.Get("exploitationLocation") is "finland" or "both";

    /// <summary>Each person's first admission dated in the period.</summary>
    private static List<SyntheticFact> NewClients(IReadOnlyList<SyntheticFact> facts, ReportingPeriod period) =>
        [.. InPeriod(facts, FactTypes.AdmissionDecided, period).Where(f => f.Get("outcome") == "admitted")
            .GroupBy(f => f.Subject).Select(g => g.OrderBy(f => f.Date).First())];

    /// <summary>Each person's first admission dated in the period on an application made as a presumed victim.</summary>
    private static List<SyntheticFact> IdentifiedVictims(IReadOnlyList<SyntheticFact> facts, ReportingPeriod period) =>
        [.. InPeriod(facts, FactTypes.AdmissionDecided, period).Where(f => f.Get("outcome") == "admitted" && f.Get("applicantRole") == "presumed-victim")
            .GroupBy(f => f.Subject).Select(g => g.OrderBy(f => f.Date).First())];

    /// <summary>Admissions open at the end of <paramref name="date"/>: not ended by a removal on or before it; each person's latest.</summary>
    private static List<SyntheticFact> OpenAdmissions(IReadOnlyList<SyntheticFact> facts, DateOnly date)
    {
        var ended = facts.Where(f => f.Type == FactTypes.ClientRemoved && f.Date <= date).Select(f => f.Episode).ToHashSet();
        return [.. facts.Where(f => f.Type == FactTypes.AdmissionDecided && f.Date <= date && f.Get("outcome") == "admitted" && !ended.Contains(f.Episode))
            .GroupBy(f => f.Subject).Select(g => g.OrderByDescending(f => f.Date).First())];
    }

    private static bool ClientOn(IReadOnlyList<SyntheticFact> facts, long subject, DateOnly date) =>
        facts.Any(a => a.Type == FactTypes.AdmissionDecided && a.Subject == subject && a.Get("outcome") == "admitted" && a.Date <= date
                       && !facts.Any(r => r.Type == FactTypes.ClientRemoved && r.Episode == a.Episode && r.Date <= date));

    private static Dictionary<string, long> Forms(IReadOnlyList<SyntheticFact> facts, ReportingPeriod period)
    {
        var episodes = NewClients(facts, period).Select(f => f.Episode).ToHashSet();
        return Events(facts.Where(f => f.Type == FactTypes.AdmittedExploitationForm && episodes.Contains(f.Episode)), f => $"{f.Get("form")}|{f.Get("primary")}");
    }

    private static Dictionary<string, long> Total(IReadOnlyList<SyntheticFact> facts, DateOnly date)
    {
        var open = OpenAdmissions(facts, date);
        var episodes = open.Select(f => f.Episode).ToHashSet();
        var cells = Persons(open, f => f.Get("applicantRole") == "investigation-assistant" ? "investigation-assistant" : "victim");
        var children = facts.Count(f => f.Type == FactTypes.AdmittedDependentChild && episodes.Contains(f.Episode)
                                        && date.Year - int.Parse(f.Get("birthYear"), CultureInfo.InvariantCulture) < 18);
        if (children > 0) cells["dependent-child"] = children;
        cells["total"] += children;
        return cells;
    }

    /// <summary>Persons per key (a person counts once in a cell), the total counting each person once.</summary>
    private static Dictionary<string, long> Persons(IEnumerable<SyntheticFact> facts, Func<SyntheticFact, string?> key)
    {
        var list = facts.ToList();
        var cells = list.Where(f => key(f) is not null).GroupBy(f => key(f)!).ToDictionary(g => g.Key, g => (long)g.Select(f => f.Subject).Distinct().Count());
        cells["total"] = list.Select(f => f.Subject).Distinct().Count();
        return cells;
    }

    private static Dictionary<string, long> Events(IEnumerable<SyntheticFact> facts, Func<SyntheticFact, string> key)
    {
        var cells = facts.GroupBy(key).ToDictionary(g => g.Key, g => (long)g.Count());
        cells["total"] = cells.Values.Sum();
        return cells;
    }
}
