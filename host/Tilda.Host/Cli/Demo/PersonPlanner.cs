namespace Tilda.Host.Cli.Demo;

/// <summary>
/// Who the persons of the demo year are: age and birth date, sex, citizenships, residence status, where and how they
/// were exploited, and their dependent children. The new clients exploited in Finland are built to the deck's counts
/// (<see cref="Calibration"/>); everyone else is drawn from plausible mixes.
/// </summary>
internal static class PersonPlanner
{
    private static readonly HashSet<string> EuCitizenships = ["EST", "ROU", "BGR", "POL", "LVA", "LTU", "SWE", "DEU", "HUN", "SVK"];

    private static readonly (string Value, int Weight)[] OtherCitizenships =
    [
        ("NGA", 14), ("UKR", 12), ("VNM", 10), ("THA", 8), ("CHN", 6), ("IND", 6), ("AFG", 6), ("IRQ", 6), ("PHL", 5), ("SOM", 5),
        ("RUS", 5), ("UZB", 4), ("ERI", 4), ("CMR", 4), ("SYR", 4), ("GHA", 3), ("MAR", 3), ("IRN", 3), ("BGD", 3), ("ETH", 3),
        ("COD", 3), ("TUR", 3), ("NPL", 2), ("SLE", 2), ("GIN", 2), ("CIV", 2), ("ROU", 2), ("BGR", 2), ("GEO", 2), ("FIN", 4),
        ("stateless", 1),
    ];

    private static readonly string[] SecondCitizenships = ["RUS", "EST", "TUR", "SWE", "IRQ", "SOM", "UKR"];

    /// <param name="admitted">The new clients, in random order: the first <see cref="Calibration.InFinland"/> were exploited in Finland.</param>
    public static void Describe(Random rng, IReadOnlyList<PlannedPerson> people, IReadOnlyList<PlannedPerson> admitted)
    {
        var ages = rng.Shuffled(Calibration.NewClientAges.SelectMany(band => Enumerable.Repeat(band, band.Count)))
            .Select(band => rng.Next(band.FromAge, band.ToAge + 1)).ToArray();
        for (var i = 0; i < admitted.Count; i++) admitted[i].Age = ages[i];
        foreach (var p in people.Where(p => p.Outcome != Outcome.Admitted))
            p.Age = rng.NextDouble() < 0.05 ? rng.Next(15, 18) : rng.Next(18, 62);

        DescribeInFinland(rng, [.. admitted.Take(Calibration.InFinland)]);
        foreach (var p in admitted.Skip(Calibration.InFinland))
            DescribeOther(rng, p, rng.NextDouble() < 0.95 ? "abroad" : "unknown", [("female", 60), ("male", 38), ("other", 1), ("unknown", 1)]);
        foreach (var p in people.Where(p => p.Outcome != Outcome.Admitted))
            DescribeOther(rng, p, rng.Pick([("finland", 45), ("abroad", 40), ("both", 8), ("unknown", 7)]), [("female", 50), ("male", 47), ("other", 1), ("unknown", 2)]);

        foreach (var p in people)
        {
            p.BirthDate = BirthDateFor(rng, p.Age, p.DecidedOn ?? p.ReceivedOn);
            p.MinorAtTime = p.Age < 18 || (p.Age <= 20 && rng.NextDouble() < 0.3);
            p.Forms.Add((PrimaryForm(rng, p), true));
        }
        foreach (var p in rng.Shuffled(admitted).Take(Calibration.ExploitationForms - Calibration.NewClients))
            p.Forms.Add((SecondaryForm(rng, p.Forms[0].Form), false));
        foreach (var p in people.Where(p => p.Outcome != Outcome.Admitted))
        {
            if (rng.NextDouble() < 0.12) p.Forms.Add((SecondaryForm(rng, p.Forms[0].Form), false));
        }
        foreach (var p in people)
        {
            PlanCountries(rng, p);
            PlanChildren(rng, p);
        }
    }

    private static void DescribeInFinland(Random rng, List<PlannedPerson> group)
    {
        var sexes = rng.Shuffled(Enumerable.Repeat("male", Calibration.InFinlandMale).Concat(Enumerable.Repeat("female", Calibration.InFinlandFemale)));
        var citizenships = rng.Shuffled(Enumerable.Repeat("FIN", Calibration.InFinlandFinnish)
            .Concat(Calibration.InFinlandForeignCitizenships.SelectMany(c => Enumerable.Repeat(c.Code, c.Count))));
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Sex = sexes[i];
            group[i].Citizenships.Add(citizenships[i]);
            group[i].Location = rng.NextDouble() < 0.82 ? "finland" : "both";
        }
        // Those not lawfully in Finland are third-country nationals (not Finns, EU citizens or Ukrainians).
        var unlawful = rng.Shuffled(group.Where(p => p.Citizenships[0] is not ("FIN" or "UKR") && !EuCitizenships.Contains(p.Citizenships[0])))
            .Take(Calibration.InFinlandIrregular + Calibration.InFinlandUnknownStatus).ToList();
        for (var i = 0; i < unlawful.Count; i++) unlawful[i].ResidenceStatus = i < Calibration.InFinlandIrregular ? "irregular" : "unknown";
        foreach (var p in group.Except(unlawful))
        {
            p.ResidenceStatus = p.Citizenships[0] switch
            {
                "FIN" => "finnish-citizen",
                "UKR" => "temporary-protection",
                var c when EuCitizenships.Contains(c) => "eu-citizen",
                _ => rng.Pick([("residence-permit", 45), ("asylum-seeker", 35), ("visa-or-visa-free", 20)]),
            };
        }
        foreach (var p in group) Finish(rng, p);
    }

    private static void DescribeOther(Random rng, PlannedPerson p, string location, (string, int)[] sexes)
    {
        p.Location = location;
        p.Sex = rng.Pick(sexes);
        p.Citizenships.Add(rng.Pick(OtherCitizenships));
        p.ResidenceStatus = p.Citizenships[0] switch
        {
            "FIN" => "finnish-citizen",
            "UKR" => rng.NextDouble() < 0.85 ? "temporary-protection" : "residence-permit",
            var c when EuCitizenships.Contains(c) => "eu-citizen",
            _ => rng.Pick([("asylum-seeker", 35), ("residence-permit", 25), ("visa-or-visa-free", 15), ("irregular", 15), ("unknown", 10)]),
        };
        Finish(rng, p);
    }

    /// <summary>A second citizenship for a few (never FIN, so the first-listed rule and finnish-citizen stay aligned), and the municipality.</summary>
    private static void Finish(Random rng, PlannedPerson p)
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

    /// <summary>A birth date that makes the person <paramref name="age"/> completed years old on <paramref name="on"/>: between
    /// 1 and 359 days after a birthday, never 29 February, so the age is the same under any counting convention.</summary>
    private static DateOnly BirthDateFor(Random rng, int age, DateOnly on)
    {
        var birth = on.AddYears(-age).AddDays(-rng.Next(1, 360));
        return birth is { Month: 2, Day: 29 } ? birth.AddDays(-1) : birth;
    }

    private static string PrimaryForm(Random rng, PlannedPerson p) => (p.IsInFinland, p.Sex) switch
    {
        (true, "male") => rng.Pick([("labour", 72), ("forced-criminality", 12), ("sexual", 5), ("begging", 4), ("other", 5), ("forced-marriage", 2)]),
        (true, "female") => rng.Pick([("sexual", 50), ("labour", 35), ("forced-marriage", 6), ("forced-criminality", 5), ("other", 4)]),
        (false, "female") => rng.Pick([("sexual", 55), ("labour", 20), ("forced-marriage", 15), ("forced-criminality", 4), ("begging", 2), ("other", 4)]),
        (false, "male") => rng.Pick([("labour", 60), ("forced-criminality", 15), ("sexual", 8), ("begging", 5), ("organ-removal", 2), ("other", 10)]),
        _ => rng.Pick([("sexual", 40), ("labour", 40), ("forced-criminality", 10), ("other", 10)]),
    };

    /// <summary>A form other than the primary one.</summary>
    private static string SecondaryForm(Random rng, string primary) => primary switch
    {
        "sexual" => rng.Pick([("labour", 45), ("forced-criminality", 25), ("forced-marriage", 20), ("other", 10)]),
        "labour" => rng.Pick([("sexual", 35), ("forced-criminality", 40), ("begging", 10), ("other", 15)]),
        "forced-marriage" => rng.Pick([("sexual", 60), ("labour", 40)]),
        _ => rng.Pick([.. new[] { ("labour", 50), ("sexual", 40), ("forced-criminality", 15), ("other", 10) }.Where(c => c.Item1 != primary)]),
    };

    private static void PlanCountries(Random rng, PlannedPerson p)
    {
        var home = p.Citizenships[0] is "FIN" or "stateless" ? rng.Pick([("EST", 3), ("SWE", 3), ("RUS", 2), ("DEU", 1)]) : p.Citizenships[0];
        switch (p.Location)
        {
            case "finland":
                p.Countries.Add("FIN");
                break;
            case "both":
                p.Countries.AddRange(["FIN", home]);
                break;
            case "abroad":
                p.Countries.Add(home);
                var transit = rng.NextDouble() < 0.2 ? rng.Pick([("ITA", 3), ("ESP", 2), ("DEU", 2), ("SWE", 2), ("POL", 1), ("TUR", 2), ("LBY", 2)]) : home;
                if (transit != home) p.Countries.Add(transit);
                break;
        }
    }

    /// <summary>Minor children on the application of some adults aged 22 or more, born when the parent was at least 18.</summary>
    private static void PlanChildren(Random rng, PlannedPerson p)
    {
        var chance = p.Outcome == Outcome.Admitted ? 0.13 : 0.05;
        if (p.Age < 22 || rng.NextDouble() >= chance) return;
        var year = p.ReceivedOn.Year;
        var children = rng.NextDouble() < 0.6 ? 1 : rng.Next(2, 4);
        var earliest = Math.Max(p.BirthDate.Year + 18, year - 16);
        for (var c = 0; c < children; c++)
            p.Children.Add((rng.Next(earliest, year), rng.NextDouble() < 0.5 ? "female" : "male"));
    }
}
