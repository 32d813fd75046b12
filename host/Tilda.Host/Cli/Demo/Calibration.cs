namespace Tilda.Host.Cli.Demo;

/// <summary>
/// The counts the demo year is built to. Most are the figures of the authority's deck "Tilastot 2025"
/// (seed 004, each quoted); the rest the deck does not give and this demo chooses. The planners produce exactly
/// these counts; the integration test reads the statistics API and compares it with the deck itself.
/// </summary>
internal static class Calibration
{
    // ---- Seed 004 -----------------------------------------------------------------------------------------------

    /// <summary>"Hakemuksia tehtiin 467 kpl." — applications received in the year.</summary>
    public const int Applications = 467;

    /// <summary>"Uudet asiakkaat vuonna 2025 / 261 aikuista, 10 alaikäistä" — admitted by a decision dated in the year,
    /// by completed years on the decision date.</summary>
    public const int NewAdults = 261, NewMinors = 10;

    public const int NewClients = NewAdults + NewMinors;

    /// <summary>"42 % 18-29-vuotiaita" (114 of 271 = 42.1 %), "35 % 30-39-vuotiaita" (95 of 271 = 35.1 %).</summary>
    public const int Aged18To29 = 114, Aged30To39 = 95;

    /// <summary>"(sekä ensisijaiset että toissijaiset, yhteensä 314 tapausta, 271 henkilöä)" — the forms of the admitted
    /// applications: one primary each, so 314 − 271 = 43 also carry one secondary form.</summary>
    public const int ExploitationForms = 314;

    /// <summary>"Suomessa uhriksi joutuneet … Yhteensä 141 henkilöä" (location finland or both), "86 miestä, 55 naista".</summary>
    public const int InFinland = 141, InFinlandMale = 86, InFinlandFemale = 55;

    /// <summary>"141 asiakasta, joista 12 % suomalaisia." — 17 of 141 = 12.1 % (first citizenship FIN, finnish-citizen).</summary>
    public const int InFinlandFinnish = 17;

    /// <summary>"Luvallisesti Suomessa olevien hyväksikäytetyksi tulleiden osuus 86 %." — 121 of 141 = 85.8 %, so 20 are
    /// not lawfully in Finland (residence status irregular or unknown).</summary>
    public const int InFinlandIrregular = 15, InFinlandUnknownStatus = 5;

    /// <summary>"Yhteensä 141 henkilöä, 31 kansalaisuutta" — the first citizenships of the 124 non-Finns among the 141:
    /// 30 ISO 3166-1 alpha-3 codes, with FIN the deck's 31.</summary>
    public static readonly (string Code, int Count)[] InFinlandForeignCitizenships =
    [
        ("UKR", 11), ("THA", 9), ("VNM", 9), ("NGA", 8), ("UZB", 7), ("RUS", 6), ("EST", 6), ("ROU", 6), ("CHN", 5), ("IND", 5),
        ("PHL", 5), ("BGR", 4), ("IRQ", 4), ("AFG", 4), ("SOM", 4), ("TUR", 3), ("BGD", 3), ("NPL", 3), ("LKA", 3), ("KGZ", 3),
        ("GHA", 2), ("CMR", 2), ("MAR", 2), ("SYR", 2), ("IRN", 2), ("POL", 2), ("LVA", 1), ("LTU", 1), ("ERI", 1), ("GEO", 1),
    ];

    // ---- Choices of this demo (the deck does not give them) -----------------------------------------------------

    /// <summary>New clients by completed years on the decision date: the deck's minors and its two youngest adult bands,
    /// and the remaining 52 adults over the older bands.</summary>
    public static readonly (int FromAge, int ToAge, int Count)[] NewClientAges =
    [
        (14, 17, NewMinors), (18, 29, Aged18To29), (30, 39, Aged30To39), (40, 49, 30), (50, 59, 16),
        (60, 70, NewAdults - Aged18To29 - Aged30To39 - 30 - 16),
    ];

    /// <summary>Applications still undecided at the end of the year; all other applications not admitted are rejected.</summary>
    public const int PendingAtYearEnd = 45;

    /// <summary>Applications by investigation assistants (referred by the police).</summary>
    public const int InvestigationAssistants = 12;

    /// <summary>"Kasvu maltillista, koska tehty paljon poistoja" — removals in the year of clients admitted earlier in it, by reason.</summary>
    public static readonly (string Reason, int Count)[] Removals =
    [
        ("no-longer-needs-assistance", 24), ("left-finland", 12), ("client-request", 8), ("lost-contact", 8),
        ("not-a-victim", 3), ("deceased", 1), ("other", 4),
    ];
}
