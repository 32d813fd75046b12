using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tilda.Host.Cli;

/// <summary>What <see cref="DemoYear.GenerateAsync"/> created.</summary>
internal sealed record DemoYearSummary(
    int Year,
    int Applications,
    int Admitted,
    int Rejected,
    int Pending,
    int Removed,
    int InFinland,
    int ExploitationForms,
    int DependentChildren,
    TimeSpan Elapsed);

/// <summary>
/// A fictitious, deterministic year of casework, created only through the public HTTP API
/// (<c>POST /api/applications</c>, <c>POST /api/decisions/admission</c>, <c>POST /api/decisions/removal</c>) so that
/// every module's rules and events run as in real use. It is calibrated so that the statistics computed from it
/// (SPEC §4 counting rules) reproduce the authority's deck "Tilastot 2025" (seed 004) exactly.
/// Every person is obviously fictitious: given names "Demo", surname "Esimerkki-NNNN", no identity code.
/// </summary>
internal static class DemoYear
{
    // ---- Calibration: figures of the statistics deck "Tilastot 2025" (seed 004) ----------------------------------

    /// <summary>"Hakemuksia tehtiin 467 kpl." — applications received in the year.</summary>
    public const int ApplicationsReceived = 467;

    /// <summary>"Uudet asiakkaat vuonna 2025: 261 aikuista, 10 alaikäistä" — new clients aged 18 or more on the decision date.</summary>
    public const int NewClientsAdult = 261;

    /// <summary>"… 10 alaikäistä" — new clients under 18 on the decision date.</summary>
    public const int NewClientsMinor = 10;

    /// <summary>"… 271 henkilöä" — new clients: persons admitted by a decision dated in the year.</summary>
    public const int NewClients = NewClientsAdult + NewClientsMinor;

    /// <summary>"42 % 18–29-vuotiaita" — 114 of 271 = 42.1 %.</summary>
    public const int NewClientsAged18To29 = 114;

    /// <summary>"35 % 30–39-vuotiaita" — 95 of 271 = 35.1 %.</summary>
    public const int NewClientsAged30To39 = 95;

    /// <summary>"Uusien asiakkaiden hyväksikäyttömuodot … yhteensä 314 tapausta, 271 henkilöä" — forms on the admitted applications.</summary>
    public const int ExploitationForms = 314;

    /// <summary>Each admitted application has exactly one primary form, so 314 − 271 = 43 carry one secondary form.</summary>
    public const int SecondaryForms = ExploitationForms - NewClients;

    /// <summary>"Suomessa uhriksi joutuneet … Yhteensä 141 henkilöä" — new clients exploited in Finland (location finland or both).</summary>
    public const int InFinland = 141;

    /// <summary>"86 miestä" — of the 141.</summary>
    public const int InFinlandMale = 86;

    /// <summary>"55 naista" — of the 141.</summary>
    public const int InFinlandFemale = 55;

    /// <summary>"31 kansalaisuutta" — distinct first citizenships among the 141.</summary>
    public const int InFinlandCitizenships = 31;

    /// <summary>"141 asiakasta, joista 12 % suomalaisia" — 17 of 141 = 12.1 % (first citizenship FIN, residence status finnish-citizen).</summary>
    public const int InFinlandFinnish = 17;

    /// <summary>"Luvallisesti Suomessa olevien hyväksikäytetyksi tulleiden osuus 86 %" — 121 of 141 = 85.8 % (status not irregular, not unknown).</summary>
    public const int InFinlandLawful = 121;

    // ---- Choices of this demo (the deck does not give them) -----------------------------------------------------

    /// <summary>The 40+ new clients (261 − 114 − 95 = 52) over the older age bands.</summary>
    public const int NewClientsAged40To49 = 30, NewClientsAged50To59 = 16, NewClientsAged60Plus = 6;

    /// <summary>Applications still undecided at the end of the year.</summary>
    public const int PendingAtYearEnd = 45;

    /// <summary>Applications rejected in the year: all the others (467 − 271 − 45).</summary>
    public const int Rejections = ApplicationsReceived - NewClients - PendingAtYearEnd;

    /// <summary>"Kasvu maltillista, koska tehty paljon poistoja" — removals in the year of clients admitted earlier in it.</summary>
    public const int Removals = 60;

    /// <summary>Requests in flight at once (each person's application, decision and removal are sent in order).</summary>
    public const int Parallelism = 4;

    /// <summary>First citizenships of the 141 exploited in Finland besides FIN: 30 real ISO 3166-1 alpha-3 codes, 124 persons.</summary>
    private static readonly (string Code, int Count)[] InFinlandForeignCitizenships =
    [
        ("UKR", 11), ("THA", 9), ("VNM", 9), ("NGA", 8), ("UZB", 7), ("RUS", 6), ("EST", 6), ("ROU", 6), ("CHN", 5), ("IND", 5),
        ("PHL", 5), ("BGR", 4), ("IRQ", 4), ("AFG", 4), ("SOM", 4), ("TUR", 3), ("BGD", 3), ("NPL", 3), ("LKA", 3), ("KGZ", 3),
        ("GHA", 2), ("CMR", 2), ("MAR", 2), ("SYR", 2), ("IRN", 2), ("POL", 2), ("LVA", 1), ("LTU", 1), ("ERI", 1), ("GEO", 1),
    ];

    /// <summary>The 20 of the 141 not lawfully in Finland.</summary>
    private const int InFinlandIrregular = 15, InFinlandUnknownStatus = 5;

    private static readonly (string Reason, int Count)[] RemovalReasons =
    [
        ("no-longer-needs-assistance", 24), ("left-finland", 12), ("client-request", 8), ("lost-contact", 8),
        ("not-a-victim", 3), ("deceased", 1), ("other", 4),
    ];

    private static readonly int[] MonthProfile = [36, 33, 40, 38, 41, 35, 30, 37, 43, 45, 42, 47];

    private static readonly HashSet<string> EuCitizenships = ["EST", "ROU", "BGR", "POL", "LVA", "LTU", "SWE", "DEU", "HUN", "SVK"];

    private static readonly (string Value, int Weight)[] Referrers =
    [
        // "Vokit ja Migri tekivät puolet vuoden 2025 hakemuksista."
        ("reception-centre", 27), ("immigration-service", 23), ("wellbeing-services-county", 11), ("ngo", 9), ("police", 8),
        ("legal-counsel", 6), ("labour-protection", 4), ("border-guard", 3), ("municipality", 3), ("self", 2),
        ("other-authority", 2), ("parish", 1), ("other", 1),
    ];

    private static readonly (string Value, int Weight)[] Channels = [("written", 50), ("email", 28), ("phone", 12), ("in-person", 10)];

    private static readonly (string Value, int Weight)[] OtherCitizenships =
    [
        ("NGA", 14), ("UKR", 12), ("VNM", 10), ("THA", 8), ("CHN", 6), ("IND", 6), ("AFG", 6), ("IRQ", 6), ("PHL", 5), ("SOM", 5),
        ("RUS", 5), ("UZB", 4), ("ERI", 4), ("CMR", 4), ("SYR", 4), ("GHA", 3), ("MAR", 3), ("IRN", 3), ("BGD", 3), ("ETH", 3),
        ("COD", 3), ("TUR", 3), ("NPL", 2), ("SLE", 2), ("GIN", 2), ("CIV", 2), ("ROU", 2), ("BGR", 2), ("GEO", 2), ("FIN", 4),
        ("stateless", 1),
    ];

    private static readonly string[] SecondCitizenships = ["RUS", "EST", "TUR", "SWE", "IRQ", "SOM", "UKR"];

    private static readonly string[] AllForms = ["sexual", "labour", "forced-criminality", "begging", "forced-marriage", "organ-removal", "other"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Creates the demo year through <paramref name="client"/> (a BaseAddress and a bearer token with the roles
    /// caseworker and decision-maker). Throws before sending anything if the plan does not match the calibration,
    /// and with the ProblemDetails body if any request is refused.
    /// </summary>
    public static async Task<DemoYearSummary> GenerateAsync(HttpClient client, int year, int seed = 2025, TextWriter? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var stopwatch = Stopwatch.StartNew();
        var today = Today();
        var plan = Plan(year, seed, today);
        Verify(plan, year, today);
        await VerifyCodesAsync(client, plan, ct);
        Report(progress, $"Demo year {year} (seed {seed}): {plan.Count} applications, {plan.Count(p => p.Outcome == Outcome.Admitted)} admissions, "
            + $"{plan.Count(p => p.Outcome == Outcome.Rejected)} rejections, {plan.Count(p => p.RemovedOn is not null)} removals planned.");

        var sent = 0;
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (person, token) =>
        {
            var created = await PostAsync(client, "/api/applications", ApplicationBody(person), token);
            var applicationId = created.GetProperty("applicationId").GetGuid();
            var caseId = created.GetProperty("caseId").GetGuid();
            if (person.Outcome != Outcome.Pending)
            {
                await PostAsync(client, "/api/decisions/admission", new AdmissionBody(applicationId, person.DecidedOn!.Value,
                    person.Outcome == Outcome.Admitted ? "admitted" : "rejected", person.RejectionReason, person.Urgent), token);
            }
            if (person.Outcome == Outcome.Admitted)
                await PostCaseworkAsync(client, person, caseId, LastDay(year, today), token);
            if (person.RemovedOn is { } removedOn)
                await PostAsync(client, "/api/decisions/removal", new RemovalBody(caseId, removedOn, person.RemovalReason!), token);
            var done = Interlocked.Increment(ref sent);
            if (done % 100 == 0) Report(progress, $"  {done}/{plan.Count} persons sent");
        });

        stopwatch.Stop();
        var summary = new DemoYearSummary(
            year,
            plan.Count,
            plan.Count(p => p.Outcome == Outcome.Admitted),
            plan.Count(p => p.Outcome == Outcome.Rejected),
            plan.Count(p => p.Outcome == Outcome.Pending),
            plan.Count(p => p.RemovedOn is not null),
            plan.Count(p => p.Outcome == Outcome.Admitted && IsInFinland(p)),
            plan.Where(p => p.Outcome == Outcome.Admitted).Sum(p => p.Forms.Count),
            plan.Sum(p => p.Children.Count),
            stopwatch.Elapsed);
        Report(progress, $"Demo year {year} created in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        return summary;
    }

    // ---- Casework after admission ---------------------------------------------------------------------------------
    // Derived from the person's number, not from the seeded generator, so the calibrated plan above stays as it is.

    private static readonly (string Measure, string Provider)[] MeasureMix =
    [
        ("safe-accommodation", "assistance-system"), ("health-care", "wellbeing-services-county"),
        ("reception-allowance-or-social-assistance", "municipality"), ("interpretation-translation", "purchased-service"),
        ("legal-aid", "ngo"),
    ];

    private static DateOnly LastDay(int year, DateOnly today) => new[] { today, new DateOnly(year, 12, 31) }.Min();

    /// <summary>Every new client is assessed on the admission day; those without a right of residence get a
    /// reflection period; every third takes part in a criminal investigation, every sixth sees charges brought.</summary>
    private static async Task PostCaseworkAsync(HttpClient client, PlannedPerson person, Guid caseId, DateOnly last, CancellationToken ct)
    {
        var admitted = person.DecidedOn!.Value;
        var measures = new List<object> { new { measure = "advice-guidance", provider = "assistance-system", startOn = admitted, endOn = (DateOnly?)null } };
        var (measure, provider) = MeasureMix[person.Number % MeasureMix.Length];
        measures.Add(new { measure, provider, startOn = admitted, endOn = (DateOnly?)admitted.AddMonths(6) });
        if (Age(person.BirthDate, admitted) < 18)
            measures.Add(new { measure = "family-tracing", provider = "assistance-system", startOn = admitted, endOn = (DateOnly?)null });
        await PostAsync(client, "/api/service-needs/assessments", new { caseId, assessedOn = admitted, measures }, ct);

        if (person.ResidenceStatus == "irregular")
            await PostAsync(client, "/api/reflection-periods", new { caseId, decidedOn = admitted, startOn = admitted, endOn = admitted.AddDays(89) }, ct);

        if (person.Number % 3 != 0) return;
        (string Stage, int Days)[] stages = person.Number % 6 == 0
            ? [("report-filed", 5), ("investigation-started", 20), ("charges-brought", 60)]
            : [("report-filed", 5), ("investigation-started", 20)];
        foreach (var (stage, days) in stages.Where(s => admitted.AddDays(s.Days) <= last))
            await PostAsync(client, $"/api/criminal-process/{caseId}/stages",
                new { stage, occurredOn = admitted.AddDays(days), role = "injured-party", offence = person.Number % 4 == 0 ? "aggravated-trafficking" : "trafficking" }, ct);
    }

    // ---- The plan ------------------------------------------------------------------------------------------------

    private enum Outcome { Pending, Admitted, Rejected }

    private sealed class PlannedPerson
    {
        public int Number { get; set; }
        public DateOnly ReceivedOn { get; set; }
        public string Channel { get; set; } = "written";
        public bool Urgent { get; set; }
        public string ReferrerType { get; set; } = "reception-centre";
        public string? Organisation { get; set; }
        public string ApplicantRole { get; set; } = "presumed-victim";
        public DateOnly BirthDate { get; set; }
        public string Sex { get; set; } = "female";
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
        public DateOnly? RemovedOn { get; set; }
        public string? RemovalReason { get; set; }
        public bool InFinlandGroup { get; set; }
        public int? TargetAge { get; set; }
    }

    private static List<PlannedPerson> Plan(int year, int seed, DateOnly today)
    {
        if (year < 2000 || year > today.Year || (year == today.Year && today < new DateOnly(year, 6, 30)))
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"The demo year must be from 2000 on and at least half over (today is {today:yyyy-MM-dd}): its dates lie inside the year and not after today.");
        var last = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
        var rng = new Random(seed);

        // Applications: received on (mostly) weekdays, over every month of the year with a realistic profile.
        var months = MonthCounts(rng, last);
        var people = new List<PlannedPerson>();
        for (var m = 1; m <= months.Length; m++)
        {
            var monthEnd = new DateOnly(year, m, DateTime.DaysInMonth(year, m));
            if (monthEnd > last) monthEnd = last;
            for (var i = 0; i < months[m - 1]; i++)
                people.Add(new PlannedPerson { ReceivedOn = Weekday(rng, new DateOnly(year, m, 1), monthEnd) });
        }
        people = [.. people.OrderBy(p => p.ReceivedOn)];
        for (var i = 0; i < people.Count; i++) people[i].Number = i + 1;

        foreach (var p in people)
        {
            p.ReferrerType = Pick(rng, Referrers);
            p.Organisation = p.ReferrerType switch
            {
                "reception-centre" => "Demo-vastaanottokeskus",
                "ngo" => "Demo-järjestö ry",
                _ => null,
            };
            p.Urgent = rng.NextDouble() < 0.04;
            p.Channel = p.Urgent ? (rng.NextDouble() < 0.75 ? "phone" : "in-person") : Pick(rng, Channels);
        }
        foreach (var p in Shuffled(rng, people).Take(12))
        {
            p.ApplicantRole = "investigation-assistant";
            p.ReferrerType = "police";
            p.Organisation = null;
        }

        // Pending at year end: mostly the latest applications, a few older (harder) ones.
        var pending = people
            .Select(p => (p, key: Math.Pow(rng.NextDouble(), 1 / (Math.Exp(-(last.DayNumber - p.ReceivedOn.DayNumber) / 25.0) + 0.02))))
            .OrderByDescending(x => x.key).Take(PendingAtYearEnd).Select(x => x.p).ToHashSet();
        foreach (var p in people)
        {
            if (pending.Contains(p)) { p.Outcome = Outcome.Pending; continue; }
            p.DecidedOn = DecisionDate(rng, p.ReceivedOn, last, p.Urgent);
        }

        // Of the decided, 271 admitted and the rest rejected.
        var decided = Shuffled(rng, people.Where(p => p.DecidedOn is not null));
        var admitted = decided.Take(NewClients).ToList();
        foreach (var p in admitted) p.Outcome = Outcome.Admitted;
        var reasons = new (string Value, int Weight)[] { ("no-trafficking-indication", 60), ("no-need-for-assistance", 26), ("other", 14) };
        foreach (var p in decided.Skip(NewClients))
        {
            p.Outcome = Outcome.Rejected;
            p.RejectionReason = Pick(rng, reasons);
        }

        // The new clients: ages, exploited in Finland or not, and who they are.
        var ages = new List<int>();
        for (var i = 0; i < NewClientsMinor; i++) ages.Add(rng.Next(14, 18));
        for (var i = 0; i < NewClientsAged18To29; i++) ages.Add(rng.Next(18, 30));
        for (var i = 0; i < NewClientsAged30To39; i++) ages.Add(rng.Next(30, 40));
        for (var i = 0; i < NewClientsAged40To49; i++) ages.Add(rng.Next(40, 50));
        for (var i = 0; i < NewClientsAged50To59; i++) ages.Add(rng.Next(50, 60));
        for (var i = 0; i < NewClientsAged60Plus; i++) ages.Add(rng.Next(60, 71));
        ages = Shuffled(rng, ages);
        for (var i = 0; i < admitted.Count; i++) admitted[i].TargetAge = ages[i];

        var inFinland = admitted.Take(InFinland).ToList();
        var elsewhere = admitted.Skip(InFinland).ToList();
        PlanInFinland(rng, inFinland);
        foreach (var p in elsewhere) PlanElsewhere(rng, p);
        foreach (var p in people.Where(p => p.Outcome != Outcome.Admitted)) PlanApplicant(rng, p);

        // Birth dates: every person's age is fixed on its reference date (the decision, else the application).
        foreach (var p in people)
        {
            var on = p.DecidedOn ?? p.ReceivedOn;
            var age = p.TargetAge ?? (rng.NextDouble() < 0.05 ? rng.Next(15, 18) : rng.Next(18, 62));
            p.BirthDate = BirthDateFor(rng, age, on);
            p.MinorAtTime = age < 18 || (age <= 20 && rng.NextDouble() < 0.3);
        }

        // Exploitation forms: one primary each; 43 of the admitted also one secondary.
        foreach (var p in people)
            p.Forms.Add((PrimaryForm(rng, p), true));
        foreach (var p in Shuffled(rng, admitted).Take(SecondaryForms))
            p.Forms.Add((SecondaryForm(rng, p.Forms[0].Form), false));
        foreach (var p in people.Where(p => p.Outcome != Outcome.Admitted && rng.NextDouble() < 0.12))
            p.Forms.Add((SecondaryForm(rng, p.Forms[0].Form), false));

        // Exploitation countries, from the location.
        foreach (var p in people) PlanCountries(rng, p);

        // Dependent children (minors on the application) of some adult applicants.
        foreach (var p in people)
        {
            var parentAge = Age(p.BirthDate, p.ReceivedOn);
            var chance = p.Outcome == Outcome.Admitted ? 0.13 : 0.05;
            if (parentAge < 22 || rng.NextDouble() >= chance) continue;
            var children = rng.NextDouble() < 0.6 ? 1 : rng.Next(2, 4);
            var earliest = Math.Max(p.BirthDate.Year + 18, year - 16);
            for (var c = 0; c < children; c++)
                p.Children.Add((rng.Next(earliest, year), rng.NextDouble() < 0.5 ? "female" : "male"));
        }

        // Removals in the year of clients admitted earlier in it, at least 30 days after the admission.
        var candidates = admitted.Where(p => p.DecidedOn!.Value.AddDays(30) <= last)
            .Select(p => (p, key: Math.Pow(rng.NextDouble(), 1.0 / (last.DayNumber - p.DecidedOn!.Value.DayNumber))))
            .OrderByDescending(x => x.key).Take(Removals).Select(x => x.p).ToList();
        var removalReasons = Shuffled(rng, RemovalReasons.SelectMany(r => Enumerable.Repeat(r.Reason, r.Count)));
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            var from = p.DecidedOn!.Value.AddDays(30);
            p.RemovedOn = Weekday(rng, from, last);
            p.RemovalReason = removalReasons[i];
        }

        return people;
    }

    private static int[] MonthCounts(Random rng, DateOnly last)
    {
        // Share the applications over the months up to the last day (all twelve for a finished year), in proportion
        // to a profile and the days available, then move a few between months for variation from year to year.
        var monthCount = last.Month;
        var weights = new double[monthCount];
        for (var m = 1; m <= monthCount; m++)
        {
            var days = DateTime.DaysInMonth(last.Year, m);
            weights[m - 1] = MonthProfile[m - 1] * (m == monthCount ? (double)last.Day / days : 1.0);
        }
        var total = weights.Sum();
        var counts = weights.Select(w => (int)Math.Floor(w / total * ApplicationsReceived)).ToArray();
        foreach (var m in Enumerable.Range(0, monthCount).OrderByDescending(m => weights[m] / total * ApplicationsReceived - counts[m])
                     .Take(ApplicationsReceived - counts.Sum()))
            counts[m]++;
        for (var i = 0; i < 40; i++)
        {
            var from = rng.Next(monthCount);
            var to = rng.Next(monthCount);
            if (counts[from] > 20) { counts[from]--; counts[to]++; }
        }
        return counts;
    }

    private static DateOnly DecisionDate(Random rng, DateOnly receivedOn, DateOnly last, bool urgent)
    {
        var lag = urgent ? rng.Next(0, 4) : rng.NextDouble() switch
        {
            < 0.55 => rng.Next(3, 22),
            < 0.88 => rng.Next(22, 46),
            _ => rng.Next(46, 91),
        };
        var room = last.DayNumber - receivedOn.DayNumber;
        if (lag > room) lag = rng.Next(0, room + 1);
        var decidedOn = receivedOn.AddDays(lag);
        if (urgent) return decidedOn;
        // Decisions are made on working days when the window allows.
        while (decidedOn.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && decidedOn < last) decidedOn = decidedOn.AddDays(1);
        while (decidedOn.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && decidedOn > receivedOn) decidedOn = decidedOn.AddDays(-1);
        return decidedOn;
    }

    private static void PlanInFinland(Random rng, List<PlannedPerson> group)
    {
        var sexes = Shuffled(rng, Enumerable.Repeat("male", InFinlandMale).Concat(Enumerable.Repeat("female", InFinlandFemale)));
        var citizenships = Shuffled(rng, Enumerable.Repeat("FIN", InFinlandFinnish)
            .Concat(InFinlandForeignCitizenships.SelectMany(c => Enumerable.Repeat(c.Code, c.Count))));
        for (var i = 0; i < group.Count; i++)
        {
            var p = group[i];
            p.InFinlandGroup = true;
            p.Sex = sexes[i];
            p.Citizenships.Add(citizenships[i]);
            p.Location = rng.NextDouble() < 0.82 ? "finland" : "both";
        }
        // Exactly 20 not lawfully in Finland: among third-country nationals (not Finns, EU citizens or Ukrainians).
        var unlawful = Shuffled(rng, group.Where(p => p.Citizenships[0] != "FIN" && p.Citizenships[0] != "UKR" && !EuCitizenships.Contains(p.Citizenships[0])))
            .Take(InFinlandIrregular + InFinlandUnknownStatus).ToList();
        for (var i = 0; i < unlawful.Count; i++) unlawful[i].ResidenceStatus = i < InFinlandIrregular ? "irregular" : "unknown";
        foreach (var p in group.Where(p => !unlawful.Contains(p)))
        {
            p.ResidenceStatus = p.Citizenships[0] switch
            {
                "FIN" => "finnish-citizen",
                "UKR" => "temporary-protection",
                var c when EuCitizenships.Contains(c) => "eu-citizen",
                _ => Pick(rng, [("residence-permit", 45), ("asylum-seeker", 35), ("visa-or-visa-free", 20)]),
            };
        }
        foreach (var p in group) FinishPerson(rng, p);
    }

    private static void PlanElsewhere(Random rng, PlannedPerson p)
    {
        p.Location = rng.NextDouble() < 0.95 ? "abroad" : "unknown";
        p.Sex = Pick(rng, [("female", 60), ("male", 38), ("other", 1), ("unknown", 1)]);
        p.Citizenships.Add(Pick(rng, OtherCitizenships));
        p.ResidenceStatus = DefaultResidenceStatus(rng, p.Citizenships[0]);
        FinishPerson(rng, p);
    }

    private static void PlanApplicant(Random rng, PlannedPerson p)
    {
        p.Location = Pick(rng, [("finland", 45), ("abroad", 40), ("both", 8), ("unknown", 7)]);
        p.Sex = Pick(rng, [("female", 50), ("male", 47), ("other", 1), ("unknown", 2)]);
        p.Citizenships.Add(Pick(rng, OtherCitizenships));
        p.ResidenceStatus = DefaultResidenceStatus(rng, p.Citizenships[0]);
        FinishPerson(rng, p);
    }

    private static string DefaultResidenceStatus(Random rng, string citizenship) => citizenship switch
    {
        "FIN" => "finnish-citizen",
        "UKR" => rng.NextDouble() < 0.85 ? "temporary-protection" : "residence-permit",
        var c when EuCitizenships.Contains(c) => "eu-citizen",
        _ => Pick(rng, [("asylum-seeker", 35), ("residence-permit", 25), ("visa-or-visa-free", 15), ("irregular", 15), ("unknown", 10)]),
    };

    /// <summary>A second citizenship for a few (never FIN, so the first-listed rule and finnish-citizen stay aligned), and the municipality.</summary>
    private static void FinishPerson(Random rng, PlannedPerson p)
    {
        if (p.Citizenships[0] is not ("FIN" or "stateless") && rng.NextDouble() < 0.05)
        {
            var second = SecondCitizenships[rng.Next(SecondCitizenships.Length)];
            if (second != p.Citizenships[0]) p.Citizenships.Add(second);
        }
        p.HasMunicipalityOfResidence = p.ResidenceStatus switch
        {
            "finnish-citizen" => true,
            "eu-citizen" => rng.NextDouble() < 0.5,
            "residence-permit" => rng.NextDouble() < 0.7,
            "temporary-protection" => rng.NextDouble() < 0.2,
            _ => false,
        };
    }

    private static string PrimaryForm(Random rng, PlannedPerson p)
    {
        var inFinland = p.Location is "finland" or "both";
        return (inFinland, p.Sex) switch
        {
            (true, "male") => Pick(rng, [("labour", 72), ("forced-criminality", 12), ("sexual", 5), ("begging", 4), ("other", 5), ("forced-marriage", 2)]),
            (true, "female") => Pick(rng, [("sexual", 50), ("labour", 35), ("forced-marriage", 6), ("forced-criminality", 5), ("other", 4)]),
            (false, "female") => Pick(rng, [("sexual", 55), ("labour", 20), ("forced-marriage", 15), ("forced-criminality", 4), ("begging", 2), ("other", 4)]),
            (false, "male") => Pick(rng, [("labour", 60), ("forced-criminality", 15), ("sexual", 8), ("begging", 5), ("organ-removal", 2), ("other", 10)]),
            _ => Pick(rng, [("sexual", 40), ("labour", 40), ("forced-criminality", 10), ("other", 10)]),
        };
    }

    private static string SecondaryForm(Random rng, string primary) => primary switch
    {
        "sexual" => Pick(rng, [("labour", 45), ("forced-criminality", 25), ("forced-marriage", 20), ("other", 10)]),
        "labour" => Pick(rng, [("sexual", 35), ("forced-criminality", 40), ("begging", 10), ("other", 15)]),
        "forced-marriage" => Pick(rng, [("sexual", 60), ("labour", 40)]),
        _ => Pick(rng, [.. new (string Value, int Weight)[] { ("labour", 50), ("sexual", 40), ("forced-criminality", 15), ("other", 10) }
            .Where(c => c.Value != primary)]),
    };

    private static void PlanCountries(Random rng, PlannedPerson p)
    {
        var home = p.Citizenships[0] is "FIN" or "stateless" ? Pick(rng, [("EST", 3), ("SWE", 3), ("RUS", 2), ("DEU", 1)]) : p.Citizenships[0];
        switch (p.Location)
        {
            case "finland":
                p.Countries.Add("FIN");
                break;
            case "both":
                p.Countries.Add("FIN");
                p.Countries.Add(home);
                break;
            case "abroad":
                p.Countries.Add(home);
                if (rng.NextDouble() < 0.2)
                {
                    var transit = Pick(rng, [("ITA", 3), ("ESP", 2), ("DEU", 2), ("SWE", 2), ("POL", 1), ("TUR", 2), ("LBY", 2)]);
                    if (transit != home) p.Countries.Add(transit);
                }
                break;
        }
    }

    /// <summary>A birth date that makes the person exactly <paramref name="age"/> completed years old on <paramref name="on"/>
    /// (never 29 February, never the very birthday, so no counting convention can disagree).</summary>
    private static DateOnly BirthDateFor(Random rng, int age, DateOnly on)
    {
        var birth = on.AddYears(-age).AddDays(-rng.Next(1, 360));
        if (birth is { Month: 2, Day: 29 }) birth = birth.AddDays(-1);
        return birth;
    }

    /// <summary>Completed years on a date (SPEC §4), as the Cases module computes it.</summary>
    private static int Age(DateOnly born, DateOnly on)
    {
        var years = on.Year - born.Year;
        if (on < born.AddYears(years)) years--;
        return years;
    }

    private static DateOnly Weekday(Random rng, DateOnly from, DateOnly to)
    {
        var day = from.AddDays(rng.Next(0, to.DayNumber - from.DayNumber + 1));
        for (var tries = 0; tries < 3 && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && rng.NextDouble() < 0.85; tries++)
            day = from.AddDays(rng.Next(0, to.DayNumber - from.DayNumber + 1));
        return day;
    }

    private static string Pick(Random rng, (string Value, int Weight)[] choices)
    {
        var roll = rng.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        throw new UnreachableException();
    }

    private static List<T> Shuffled<T>(Random rng, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static bool IsInFinland(PlannedPerson p) => p.Location is "finland" or "both";

    private static bool IsLawful(PlannedPerson p) => p.ResidenceStatus is not ("irregular" or "unknown");

    private static DateOnly Today()
    {
        // Not after today wherever the server's clock is: the earlier of the local and the UTC date.
        var utc = DateOnly.FromDateTime(DateTime.UtcNow);
        var local = DateOnly.FromDateTime(DateTime.Now);
        return utc < local ? utc : local;
    }

    // ---- Checks before anything is sent ----------------------------------------------------------------------------

    /// <summary>Recomputes the deck's figures from the plan with the SPEC §4 counting rules; throws on any mismatch.</summary>
    private static void Verify(List<PlannedPerson> plan, int year, DateOnly today)
    {
        var errors = new List<string>();
        void Expect(string what, int expected, int actual)
        {
            if (expected != actual) errors.Add($"{what}: planned {actual}, the deck says {expected}");
        }
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
        bool InYear(DateOnly d) => d >= first && d <= last;

        Expect("applications received in the year", ApplicationsReceived, plan.Count(p => InYear(p.ReceivedOn)));
        var emptyMonths = Enumerable.Range(1, last.Month).Where(m => !plan.Any(p => p.ReceivedOn.Month == m)).ToList();
        if (emptyMonths.Count > 0) errors.Add($"months without applications: {string.Join(", ", emptyMonths)}");

        var admitted = plan.Where(p => p.Outcome == Outcome.Admitted).ToList();
        Expect("new clients", NewClients, admitted.Count(p => InYear(p.DecidedOn!.Value)));
        Expect("new clients, distinct persons", NewClients, admitted.Select(p => p.Number).Distinct().Count());
        var ages = admitted.Select(p => Age(p.BirthDate, p.DecidedOn!.Value)).ToList();
        Expect("new clients, minors", NewClientsMinor, ages.Count(a => a < 18));
        Expect("new clients, adults", NewClientsAdult, ages.Count(a => a >= 18));
        Expect("new clients aged 18-29", NewClientsAged18To29, ages.Count(a => a is >= 18 and <= 29));
        Expect("new clients aged 30-39", NewClientsAged30To39, ages.Count(a => a is >= 30 and <= 39));
        Expect("new clients aged 40-49", NewClientsAged40To49, ages.Count(a => a is >= 40 and <= 49));
        Expect("new clients aged 50-59", NewClientsAged50To59, ages.Count(a => a is >= 50 and <= 59));
        Expect("new clients aged 60+", NewClientsAged60Plus, ages.Count(a => a >= 60));
        Expect("adults over the age bands 18-29 … 60+", NewClientsAdult,
            NewClientsAged18To29 + NewClientsAged30To39 + NewClientsAged40To49 + NewClientsAged50To59 + NewClientsAged60Plus);

        Expect("exploitation forms of the admitted applications", ExploitationForms, admitted.Sum(p => p.Forms.Count));
        Expect("secondary forms of the admitted applications", SecondaryForms, admitted.Sum(p => p.Forms.Count(f => !f.Primary)));
        if (plan.Any(p => p.Forms.Count(f => f.Primary) != 1)) errors.Add("an application without exactly one primary form");
        if (plan.Any(p => p.Forms.Select(f => f.Form).Distinct().Count() != p.Forms.Count)) errors.Add("an application lists a form twice");
        if (plan.Any(p => p.Forms.Any(f => !AllForms.Contains(f.Form)))) errors.Add("an unknown exploitation form");

        var inFinland = admitted.Where(IsInFinland).ToList();
        Expect("new clients exploited in Finland", InFinland, inFinland.Count);
        Expect("… of them male", InFinlandMale, inFinland.Count(p => p.Sex == "male"));
        Expect("… of them female", InFinlandFemale, inFinland.Count(p => p.Sex == "female"));
        Expect("… distinct first citizenships", InFinlandCitizenships, inFinland.Select(p => p.Citizenships[0]).Distinct().Count());
        Expect("… Finnish (FIN, finnish-citizen)", InFinlandFinnish, inFinland.Count(p => p.Citizenships[0] == "FIN" && p.ResidenceStatus == "finnish-citizen"));
        Expect("… residence status finnish-citizen", InFinlandFinnish, inFinland.Count(p => p.ResidenceStatus == "finnish-citizen"));
        Expect("… lawfully in Finland", InFinlandLawful, inFinland.Count(IsLawful));

        var rejected = plan.Where(p => p.Outcome == Outcome.Rejected).ToList();
        Expect("rejections", Rejections, rejected.Count);
        Expect("pending at year end", PendingAtYearEnd, plan.Count(p => p.Outcome == Outcome.Pending));
        if (rejected.Any(p => p.RejectionReason is not ("no-trafficking-indication" or "no-need-for-assistance" or "other")))
            errors.Add("a rejection without a reason from the code list");
        if (plan.Any(p => p.DecidedOn is { } d && (d < p.ReceivedOn || !InYear(d)))) errors.Add("a decision before its application or outside the year");

        var removed = plan.Where(p => p.RemovedOn is not null).ToList();
        Expect("removals", Removals, removed.Count);
        if (removed.Any(p => p.Outcome != Outcome.Admitted || p.RemovedOn < p.DecidedOn || !InYear(p.RemovedOn!.Value)))
            errors.Add("a removal of a non-client, before the admission or outside the year");

        if (plan.Any(p => p.BirthDate > p.ReceivedOn)) errors.Add("a person born after the application");
        if (plan.Any(p => p.Children.Any(c => c.BirthYear > year || c.BirthYear < year - 17 || c.BirthYear < p.BirthDate.Year + 18)))
            errors.Add("a dependent child who is not a minor or is too close in age to the parent");
        if (plan.Select(p => p.Number).Distinct().Count() != plan.Count) errors.Add("a person number used twice");

        if (errors.Count > 0)
            throw new InvalidOperationException("The demo year plan does not match the calibration; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
    }

    /// <summary>Checks every code the plan uses against the server's code lists, so an unknown code is reported before anything is sent.</summary>
    private static async Task VerifyCodesAsync(HttpClient client, List<PlannedPerson> plan, CancellationToken ct)
    {
        using var response = await client.GetAsync("/api/code-lists", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /api/code-lists failed with {(int)response.StatusCode} {response.StatusCode}: {text}");
        using var lists = JsonDocument.Parse(text);
        var used = new Dictionary<string, IEnumerable<string>>
        {
            ["referrerType"] = plan.Select(p => p.ReferrerType),
            ["channel"] = plan.Select(p => p.Channel),
            ["applicantRole"] = plan.Select(p => p.ApplicantRole),
            ["sex"] = plan.Select(p => p.Sex).Concat(plan.SelectMany(p => p.Children.Select(c => c.Sex))),
            ["citizenship"] = plan.SelectMany(p => p.Citizenships),
            ["country"] = plan.SelectMany(p => p.Countries),
            ["residenceStatus"] = plan.Select(p => p.ResidenceStatus),
            ["exploitationForm"] = plan.SelectMany(p => p.Forms.Select(f => f.Form)),
            ["exploitationLocation"] = plan.Select(p => p.Location),
            ["rejectionReason"] = plan.Where(p => p.RejectionReason is not null).Select(p => p.RejectionReason!),
            ["removalReason"] = plan.Where(p => p.RemovalReason is not null).Select(p => p.RemovalReason!),
        };
        var errors = new List<string>();
        foreach (var (name, values) in used)
        {
            if (!lists.RootElement.TryGetProperty(name, out var list)) continue;
            var known = list.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToHashSet(StringComparer.Ordinal);
            var unknown = values.Distinct().Where(v => !known.Contains(v)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0) errors.Add($"{name}: {string.Join(", ", unknown)}");
        }
        if (errors.Count > 0)
            throw new InvalidOperationException("The server's code lists lack codes the demo year uses; nothing was sent:" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
    }

    // ---- Requests ------------------------------------------------------------------------------------------------

    private sealed record ReferrerBody(string Type, string? Organisation);

    private sealed record PersonBody(string GivenNames, string Surname, DateOnly BirthDate, int? BirthYear, string Sex,
        IReadOnlyList<string> Citizenships, string ResidenceStatus, bool HasMunicipalityOfResidence, string? PersonalIdentityCode);

    private sealed record FormBody(string Form, bool Primary);

    private sealed record ExploitationBody(IReadOnlyList<FormBody> Forms, string Location, IReadOnlyList<string> Countries, bool MinorAtTime);

    private sealed record ChildBody(int BirthYear, string Sex);

    private sealed record ApplicationBodyRecord(DateOnly ReceivedOn, string Channel, bool Urgent, bool ConsentGiven, ReferrerBody Referrer,
        string ApplicantRole, Guid? CaseId, PersonBody Person, ExploitationBody Exploitation, IReadOnlyList<ChildBody> DependentChildren);

    private sealed record AdmissionBody(Guid ApplicationId, DateOnly DecidedOn, string Outcome, string? RejectionReason, bool Urgent);

    private sealed record RemovalBody(Guid CaseId, DateOnly DecidedOn, string Reason);

    private static ApplicationBodyRecord ApplicationBody(PlannedPerson p) => new(
        p.ReceivedOn, p.Channel, p.Urgent, ConsentGiven: true, new ReferrerBody(p.ReferrerType, p.Organisation), p.ApplicantRole, CaseId: null,
        new PersonBody("Demo", $"Esimerkki-{p.Number:0000}", p.BirthDate, BirthYear: null, p.Sex, p.Citizenships, p.ResidenceStatus,
            p.HasMunicipalityOfResidence, PersonalIdentityCode: null),
        new ExploitationBody(p.Forms.Select(f => new FormBody(f.Form, f.Primary)).ToList(), p.Location, p.Countries, p.MinorAtTime),
        p.Children.Select(c => new ChildBody(c.BirthYear, c.Sex)).ToList());

    private static async Task<JsonElement> PostAsync<T>(HttpClient client, string url, T body, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync(url, body, Json, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST {url} failed with {(int)response.StatusCode} {response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static void Report(TextWriter? progress, string line)
    {
        if (progress is null) return;
        lock (progress) progress.WriteLine(line);
    }
}
