namespace Tilda.Host.Cli.Demo;

/// <summary>
/// Turns the <see cref="Calibration"/> into a year of persons: when each applied and through whom, which applications
/// were decided when and how, and which clients left; <see cref="PersonPlanner"/> says who the persons are and
/// <see cref="CaseworkPlanner"/> what was recorded on each new client's case. Deterministic for a seed.
/// </summary>
internal static class YearPlanner
{
    // "Vokit ja Migri tekivät puolet vuoden 2025 hakemuksista."
    private static readonly (string Value, int Weight)[] Referrers =
    [
        ("reception-centre", 27), ("immigration-service", 23), ("wellbeing-services-county", 11), ("ngo", 9), ("police", 8),
        ("legal-counsel", 6), ("labour-protection", 4), ("border-guard", 3), ("municipality", 3), ("self", 2),
        ("other-authority", 2), ("parish", 1), ("other", 1),
    ];

    private static readonly (string Value, int Weight)[] Channels = [("written", 50), ("email", 28), ("phone", 12), ("in-person", 10)];

    private static readonly (int Month, int Weight)[] ApplicationsByMonth =
        [(1, 36), (2, 33), (3, 40), (4, 38), (5, 41), (6, 35), (7, 30), (8, 37), (9, 43), (10, 45), (11, 42), (12, 47)];

    private static readonly (string Value, int Weight)[] RejectionReasons =
        [("no-trafficking-indication", 60), ("no-need-for-assistance", 26), ("other", 14)];

    /// <summary>The persons of a past <paramref name="year"/>, in the order of their applications.</summary>
    public static IReadOnlyList<PlannedPerson> Plan(int year, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(year, DateTime.Today.Year);
        var rng = new Random(seed);
        var last = new DateOnly(year, 12, 31);
        var people = Applications(rng, year);
        var admitted = Decide(rng, people, last);
        PersonPlanner.Describe(rng, people, admitted);
        Remove(rng, admitted, last);
        foreach (var person in admitted) CaseworkPlanner.Plan(person, last);
        return people;
    }

    private static List<PlannedPerson> Applications(Random rng, int year)
    {
        var received = new List<DateOnly>();
        for (var i = 0; i < Calibration.Applications; i++)
        {
            var first = new DateOnly(year, rng.Pick(ApplicationsByMonth), 1);
            received.Add(rng.Weekday(first, first.AddMonths(1).AddDays(-1)));
        }
        var people = received.Order().Select((on, i) => new PlannedPerson(i + 1, on)).ToList();
        foreach (var p in people)
        {
            p.ReferrerType = rng.Pick(Referrers);
            p.Urgent = rng.NextDouble() < 0.04;
            p.Channel = p.Urgent ? (rng.NextDouble() < 0.75 ? "phone" : "in-person") : rng.Pick(Channels);
        }
        foreach (var p in rng.Shuffled(people).Take(Calibration.InvestigationAssistants))
            (p.ApplicantRole, p.ReferrerType) = ("investigation-assistant", "police");
        foreach (var p in people)
            p.Organisation = p.ReferrerType switch { "reception-centre" => "Demo-vastaanottokeskus", "ngo" => "Demo-järjestö ry", _ => null };
        return people;
    }

    /// <summary>Decides all but the pending applications and admits the calibrated number; returns the admitted in random order.</summary>
    private static PlannedPerson[] Decide(Random rng, List<PlannedPerson> people, DateOnly last)
    {
        // Pending at year end: mostly the latest applications, a few older (harder) ones.
        var pending = people
            .Select(p => (p, key: Math.Pow(rng.NextDouble(), 1 / (Math.Exp(-(last.DayNumber - p.ReceivedOn.DayNumber) / 25.0) + 0.02))))
            .OrderByDescending(x => x.key).Take(Calibration.PendingAtYearEnd).Select(x => x.p).ToHashSet();
        var decided = people.Where(p => !pending.Contains(p)).ToArray();
        foreach (var p in decided) p.DecidedOn = DecisionDate(rng, p.ReceivedOn, last, p.Urgent);

        rng.Shuffle(decided);
        var admitted = decided[..Calibration.NewClients];
        foreach (var p in admitted) p.Outcome = Outcome.Admitted;
        foreach (var p in decided[Calibration.NewClients..])
        {
            p.Outcome = Outcome.Rejected;
            p.RejectionReason = rng.Pick(RejectionReasons);
        }
        return admitted;
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

    /// <summary>Removes clients admitted earlier in the year, at least 30 days after admission; the longer in, the likelier.</summary>
    private static void Remove(Random rng, IEnumerable<PlannedPerson> admitted, DateOnly last)
    {
        var reasons = rng.Shuffled(Calibration.Removals.SelectMany(r => Enumerable.Repeat(r.Reason, r.Count)));
        var removed = admitted.Where(p => p.DecidedOn!.Value.AddDays(30) <= last)
            .Select(p => (p, key: Math.Pow(rng.NextDouble(), 1.0 / (last.DayNumber - p.DecidedOn!.Value.DayNumber))))
            .OrderByDescending(x => x.key).Take(reasons.Length).Select(x => x.p).ToList();
        for (var i = 0; i < removed.Count; i++)
        {
            removed[i].RemovedOn = rng.Weekday(removed[i].DecidedOn!.Value.AddDays(30), last);
            removed[i].RemovalReason = reasons[i];
        }
    }
}
