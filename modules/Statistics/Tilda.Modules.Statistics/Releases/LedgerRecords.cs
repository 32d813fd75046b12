namespace Tilda.Modules.Statistics.Releases;

/// <summary>
/// A statistical release: an ended period, the moment its snapshot was cut (every fact recorded up to then), what it
/// published, by whom and when. Versions of one period are numbered from 1; a later version revises the one before it.
/// <see cref="Document"/> is the release as published (the JSON of <c>GET /api/statistics/releases/{id}</c>, byte for byte);
/// <see cref="ContentHash"/> is the SHA-256 of its published content. Rows are only ever added.
/// </summary>
internal sealed class ReleaseRecord
{
    private ReleaseRecord() { }

    public ReleaseRecord(Guid id, DateOnly periodFrom, DateOnly periodTo, int version, DateTime cutOff, string? pack, string? note,
        string createdBy, DateTime createdAt, Guid? revises)
    {
        Id = id;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Version = version;
        CutOff = cutOff;
        Pack = pack;
        Note = note;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Revises = revises;
    }

    public Guid Id { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public int Version { get; private set; }
    public DateTime CutOff { get; private set; }
    /// <summary>The requester pack released (<c>eu-thb@2024.1</c>), or null for a list of indicators.</summary>
    public string? Pack { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Guid? Revises { get; private set; }
    public string ContentHash { get; private set; } = "";
    public string Document { get; private set; } = "";

    public void Publish(string document, string contentHash)
    {
        Document = document;
        ContentHash = contentHash;
    }
}

/// <summary>
/// One published table: which indicator (and which version of its rule) for which period, from which snapshot, in which
/// release — a table asked for later from a release's snapshot is <see cref="Supplementary"/> to it. Its cells are
/// <see cref="LedgerCell"/>s; <see cref="Contributions"/> records, per cell, which persons (pseudonyms) count how much —
/// what the joint disclosure control of every later table is checked against (<see cref="Contributions"/>). Never shown.
/// </summary>
internal sealed class LedgerTable
{
    private LedgerTable() { }

    public LedgerTable(Guid id, Guid releaseId, int sequence, string indicator, string indicatorVersion, string unit, bool countsPersons,
        DateOnly periodFrom, DateOnly periodTo, DateTime cutOff, bool supplementary, string dimensions, byte[] contributions,
        string document, string publishedBy, DateTime publishedAt)
    {
        Id = id;
        ReleaseId = releaseId;
        Document = document;
        Sequence = sequence;
        Indicator = indicator;
        IndicatorVersion = indicatorVersion;
        Unit = unit;
        CountsPersons = countsPersons;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        CutOff = cutOff;
        Supplementary = supplementary;
        Dimensions = dimensions;
        Contributions = contributions;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    public Guid Id { get; private set; }
    public Guid ReleaseId { get; private set; }
    public int Sequence { get; private set; }
    public string Indicator { get; private set; } = "";
    /// <summary><c>built-in:3</c>, <c>plugin:Assembly 1.2.0.0:1</c> or <c>definition:4</c>.</summary>
    public string IndicatorVersion { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public bool CountsPersons { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateTime CutOff { get; private set; }
    public bool Supplementary { get; private set; }
    /// <summary>The dimension names, as a JSON array.</summary>
    public string Dimensions { get; private set; } = "[]";
    public byte[] Contributions { get; private set; } = [];
    /// <summary>The table as published (its JSON), byte for byte.</summary>
    public string Document { get; private set; } = "";
    public string PublishedBy { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
}

/// <summary>One published value of a table: a cell (its dimension values as a JSON object) or the table's total, with its
/// value, or null and why it is suppressed.</summary>
internal sealed class LedgerCell
{
    public const string Published = "published";
    public const string Primary = "primary";
    public const string Secondary = "secondary";

    private LedgerCell() { }

    public LedgerCell(Guid tableId, int index, bool total, string key, long? value, string status)
    {
        TableId = tableId;
        Index = index;
        Total = total;
        Key = key;
        Value = value;
        Status = status;
    }

    public Guid TableId { get; private set; }
    public int Index { get; private set; }
    public bool Total { get; private set; }
    public string Key { get; private set; } = "{}";
    public long? Value { get; private set; }
    public string Status { get; private set; } = Published;
}

/// <summary>The ledger's one head row: its version changes with every table appended, so that two releases computed at
/// the same moment cannot both be appended — the second finds the ledger changed and is protected again.</summary>
internal sealed class LedgerHead
{
    public const int SingleId = 1;

    private LedgerHead() { }

    public int Id { get; private set; } = SingleId;
    public long Version { get; private set; }

    public void Advance() => Version++;
}
