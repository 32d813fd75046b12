using System.Globalization;
using Tilda.Statistics.Sdk;

namespace Tilda.Synthetic;

/// <summary>One fact as the statistics store holds it: type, person pseudonym, business date, admission pseudonym, dimensions.</summary>
public sealed record SyntheticFact(string Type, long Subject, DateOnly Date, long? Episode, IReadOnlyDictionary<string, string> Dimensions)
{
    public string Get(string dimension) => Dimensions.TryGetValue(dimension, out var value) ? value : "";
}

/// <summary>
/// A seeded random casework history as facts, of the shape the host writes: applications (some re-applications),
/// admissions and rejections, exploitation forms and dependent children of admissions, removals, criminal-process stages
/// (some outside a client's time), reflection periods and measures, over several years, Zipf-like citizenships — about
/// 5.6 facts a person. Streamed person by person, so a store of a million persons never sits in memory. What was added
/// later (second citizenships, primary forms, residence permits, compensation) draws from a second stream, so the facts
/// the first stream gave stay as they were.
/// </summary>
public static class SyntheticHistory
{
    private static readonly string[] Referrers = ["police", "ngo", "reception-centre", "immigration-service", "self", "parish"];
    private static readonly string[] Citizenships = ["NGA", "THA", "UKR", "VNM", "FIN", "CHN", "IRQ", "SOM", "ROU", "BGR", "stateless", "unknown"];
    private static readonly string[] Residence = ["asylum-seeker", "residence-permit", "irregular", "finnish-citizen", "eu-citizen", "unknown"];
    private static readonly string[] Locations = ["finland", "abroad", "both", "unknown"];
    private static readonly string[] Forms = ["sexual", "labour", "forced-criminality", "begging", "forced-marriage", "other"];
    private static readonly string[] Stages = ["report-filed", "investigation-started", "charges-brought", "convicted-trafficking"];
    private static readonly string[] Measures = ["advice-guidance", "legal-aid", "safe-accommodation", "health-care"];
    private static readonly string[] Providers = ["assistance-system", "ngo", "municipality"];
    private static readonly string[] Reasons = ["no-longer-needs-assistance", "left-finland", "lost-contact", "client-request"];
    private static readonly string[] SecondCitizenships = ["FIN", "EST", "SWE", "NGA", "RUS", "SOM"];
    private static readonly string[] PermitGrounds = ["victim-personal-situation", "cooperation-with-authorities", "other"];
    private static readonly string[] CompensationStages = ["compensation-ordered", "state-compensation-granted"];

    public static IEnumerable<SyntheticFact> Generate(int persons, int seed, int firstYear = 2023, int years = 3)
    {
        var random = new Random(seed);
        var extra = new Random(unchecked(seed * 31 + 7));
        var facts = new List<SyntheticFact>();
        long episodes = 0;
        for (var p = 1; p <= persons; p++)
        {
            long subject = random.NextInt64();
            var profile = new Dictionary<string, string>
            {
                ["sex"] = random.Next(10) < 6 ? "male" : random.Next(8) == 0 ? "unknown" : "female",
                ["citizenship"] = Citizenships[Zipf(random, Citizenships.Length)],
                ["residenceStatus"] = Residence[random.Next(Residence.Length)],
                ["hasMunicipalityOfResidence"] = random.Next(3) == 0 ? "true" : "false",
            };
            var second = SecondCitizenships[extra.Next(SecondCitizenships.Length)];
            profile["citizenships"] = extra.Next(6) == 0 && second != profile["citizenship"] && profile["citizenship"] is not ("stateless" or "unknown")
                ? $"{profile["citizenship"]},{second}" : profile["citizenship"];
            var age = random.Next(12) == 0 ? (int?)null : random.Next(14, 70);
            var role = random.Next(10) == 0 ? "investigation-assistant" : "presumed-victim";
            var location = Locations[random.Next(Locations.Length)];
            var applied = Day(random, firstYear, years);
            var applications = random.Next(10) == 0 ? 2 : 1;
            for (var a = 0; a < applications && applied.Year < firstYear + years; a++)
            {
                var application = new Dictionary<string, string>(profile)
                {
                    ["referrerType"] = Referrers[Zipf(random, Referrers.Length)], ["channel"] = "written", ["urgent"] = random.Next(5) == 0 ? "true" : "false",
                    ["applicantRole"] = role, ["reapplication"] = a > 0 ? "true" : "false", ["exploitationLocation"] = location, ["minorAtTime"] = "false",
                };
                if (age is { } years1) application["ageYears"] = years1.ToString(CultureInfo.InvariantCulture);
                application["primaryForm"] = Forms[extra.Next(Forms.Length)]; // an admitted one's is its admission's, below
                facts.Add(new(FactTypes.ApplicationReceived, subject, applied, null, application));
                if (random.Next(6) == 0) break; // pending
                var decided = applied.AddDays(random.Next(3, 60));
                var decision = new Dictionary<string, string>(profile)
                {
                    ["urgent"] = "false", ["applicantRole"] = role, ["exploitationLocation"] = location, ["minorAtTime"] = "false",
                };
                if (age is { } years2) decision["ageYears"] = years2.ToString(CultureInfo.InvariantCulture);
                decision["primaryForm"] = application["primaryForm"];
                if (random.Next(4) == 0)
                {
                    decision["outcome"] = "rejected:no-trafficking-indication";
                    facts.Add(new(FactTypes.AdmissionDecided, subject, decided, null, decision));
                    applied = decided.AddDays(random.Next(30, 300));
                    continue;
                }
                var episode = ++episodes;
                decision["outcome"] = "admitted";
                facts.Add(new(FactTypes.AdmissionDecided, subject, decided, episode, decision));
                var primary = random.Next(Forms.Length);
                application["primaryForm"] = decision["primaryForm"] = Forms[primary];
                facts.Add(new(FactTypes.AdmittedExploitationForm, subject, decided, episode,
                    new Dictionary<string, string> { ["form"] = Forms[primary], ["primary"] = "true", ["exploitationLocation"] = location }));
                if (random.Next(4) == 0)
                    facts.Add(new(FactTypes.AdmittedExploitationForm, subject, decided, episode,
                        new Dictionary<string, string> { ["form"] = Forms[(primary + 1) % Forms.Length], ["primary"] = "false", ["exploitationLocation"] = location }));
                for (var c = random.Next(6) == 0 ? random.Next(1, 4) : 0; c > 0; c--)
                    facts.Add(new(FactTypes.AdmittedDependentChild, subject, decided, episode,
                        new Dictionary<string, string> { ["birthYear"] = (decided.Year - random.Next(0, 17)).ToString(CultureInfo.InvariantCulture), ["sex"] = "female" }));
                for (var s = random.Next(4); s > 0; s--)
                    facts.Add(new(FactTypes.CriminalProcessStage, subject, decided.AddDays(random.Next(-20, 400)), null,
                        new Dictionary<string, string> { ["stage"] = Stages[random.Next(Stages.Length)], ["role"] = "injured-party", ["offence"] = "trafficking" }));
                for (var m = random.Next(5); m > 0; m--)
                    facts.Add(new(FactTypes.AssistanceMeasureStarted, subject, decided.AddDays(random.Next(0, 200)), null,
                        new Dictionary<string, string> { ["measure"] = Measures[random.Next(Measures.Length)], ["provider"] = Providers[random.Next(Providers.Length)] }));
                if (extra.Next(5) == 0)
                    facts.Add(new(FactTypes.ResidencePermitGranted, subject, decided.AddDays(extra.Next(0, 300)), null,
                        new Dictionary<string, string> { ["ground"] = PermitGrounds[extra.Next(PermitGrounds.Length)] }));
                if (extra.Next(6) == 0)
                    facts.Add(new(FactTypes.CriminalProcessStage, subject, decided.AddDays(extra.Next(30, 500)), null,
                        new Dictionary<string, string> { ["stage"] = CompensationStages[extra.Next(2)], ["role"] = "injured-party", ["offence"] = "trafficking" }));
                if (random.Next(4) == 0)
                    facts.Add(new(FactTypes.ReflectionPeriodGranted, subject, decided.AddDays(random.Next(0, 30)), null,
                        new Dictionary<string, string> { ["lengthDays"] = "90" }));
                if (random.Next(3) == 0)
                {
                    var removed = decided.AddDays(random.Next(0, 500));
                    facts.Add(new(FactTypes.ClientRemoved, subject, removed, episode, new Dictionary<string, string> { ["reason"] = Reasons[random.Next(Reasons.Length)] }));
                    applied = removed.AddDays(random.Next(10, 200));
                }
                else break;
            }
            foreach (var fact in facts) yield return fact;
            facts.Clear();
        }
    }

    private static DateOnly Day(Random random, int firstYear, int years) => new DateOnly(firstYear, 1, 1).AddDays(random.Next(365 * years));

    /// <summary>An index from 0 to n−1 with probability falling like 1/(i+1).</summary>
    private static int Zipf(Random random, int n)
    {
        var weights = Enumerable.Range(1, n).Select(i => 1.0 / i).ToArray();
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < n; i++)
            if ((x -= weights[i]) <= 0) return i;
        return n - 1;
    }
}
