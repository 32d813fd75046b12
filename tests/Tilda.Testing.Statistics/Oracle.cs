using System.Globalization;
using Tilda.Statistics.Sdk;
using Tilda.Synthetic;

namespace Tilda.Testing.Statistics;

/// <summary>
/// The counting rules of docs/product.md §4 written the plain way, over facts in memory — the semantics the built-in indicators had
/// before they moved into the database, kept as the oracle the engine is checked against, cell for cell, and as the
/// ground truth the attackers know: who stands behind each value.
/// </summary>
public static class Oracle
{
    /// <summary>Each cell's value ("v1|v2" in the indicator's dimension order, and "total").</summary>
    public static Dictionary<string, long> Cells(string indicator, IReadOnlyList<SyntheticFact> facts, ReportingPeriod period) =>
        Contributions(indicator, facts, period).ToDictionary(c => c.Key, c => c.Value.Values.Sum());

    /// <summary>Each cell's persons and how much each counts in it (1 in a person table, their events in an event table).</summary>
    public static Dictionary<string, Dictionary<long, long>> Contributions(string indicator, IReadOnlyList<SyntheticFact> facts, ReportingPeriod period) => indicator switch
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

    /// <summary>An indicator definition (docs/product.md §6): facts of one type dated in the period, matching every filter, by dimensions.</summary>
    public static Dictionary<string, Dictionary<long, long>> Definition(IReadOnlyList<SyntheticFact> facts, ReportingPeriod period, string fact,
        IReadOnlyDictionary<string, string[]> filter, IReadOnlyList<string> dimensions, bool persons)
    {
        var selected = InPeriod(facts, fact, period).Where(f => filter.All(c => c.Value.Contains(Value(f, c.Key)))).ToList();
        string Key(SyntheticFact f) => string.Join('|', dimensions.Select(d => Value(f, d)));
        return persons ? Persons(selected, Key) : Events(selected, Key);
    }

    private static string Value(SyntheticFact fact, string dimension) => dimension switch
    {
        "ageGroup" => Dimensions.AgeGroup(fact.Get("ageYears")),
        "ageBand" => Dimensions.AgeBand(fact.Get("ageYears")),
        "year" => fact.Date.Year.ToString(CultureInfo.InvariantCulture),
        _ => fact.Get(dimension),
    };

    private static Dictionary<string, Dictionary<long, long>> Forms(IReadOnlyList<SyntheticFact> facts, ReportingPeriod period)
    {
        var episodes = NewClients(facts, period).Select(f => f.Episode).ToHashSet();
        return Events(facts.Where(f => f.Type == FactTypes.AdmittedExploitationForm && episodes.Contains(f.Episode)), f => $"{f.Get("form")}|{f.Get("primary")}");
    }

    /// <summary>Clients by type once each, and their minor dependent children counted with the client (an event each).</summary>
    private static Dictionary<string, Dictionary<long, long>> Total(IReadOnlyList<SyntheticFact> facts, DateOnly date)
    {
        var open = OpenAdmissions(facts, date);
        var episodes = open.Select(f => f.Episode).ToHashSet();
        var cells = Persons(open, f => f.Get("applicantRole") == "investigation-assistant" ? "investigation-assistant" : "victim");
        var children = Events(facts.Where(f => f.Type == FactTypes.AdmittedDependentChild && episodes.Contains(f.Episode)
                                               && date.Year - int.Parse(f.Get("birthYear"), CultureInfo.InvariantCulture) < 18), _ => "dependent-child");
        if (children.TryGetValue("dependent-child", out var childCell)) cells["dependent-child"] = childCell;
        foreach (var (subject, count) in children["total"]) cells["total"][subject] = cells["total"].GetValueOrDefault(subject) + count;
        return cells;
    }

    /// <summary>Persons per key (a person counts once in a cell), the total counting each person once.</summary>
    private static Dictionary<string, Dictionary<long, long>> Persons(IEnumerable<SyntheticFact> facts, Func<SyntheticFact, string?> key)
    {
        var list = facts.ToList();
        var cells = list.Where(f => key(f) is not null).GroupBy(f => key(f)!)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Subject).Distinct().ToDictionary(s => s, _ => 1L));
        cells["total"] = list.Select(f => f.Subject).Distinct().ToDictionary(s => s, _ => 1L);
        return cells;
    }

    /// <summary>Events per key, each person counting with their number of events.</summary>
    private static Dictionary<string, Dictionary<long, long>> Events(IEnumerable<SyntheticFact> facts, Func<SyntheticFact, string> key)
    {
        var list = facts.ToList();
        var cells = list.GroupBy(key).ToDictionary(g => g.Key, g => g.GroupBy(f => f.Subject).ToDictionary(s => s.Key, s => (long)s.Count()));
        cells["total"] = list.GroupBy(f => f.Subject).ToDictionary(s => s.Key, s => (long)s.Count());
        return cells;
    }
}
