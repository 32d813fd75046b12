namespace Tilda.Modules.Statistics.Packs;

/// <summary>A stored version of a pack or a code mapping (<see cref="Kind"/>), as its JSON document, with where it came
/// from: <c>built-in</c>, <c>plugin:&lt;assembly&gt;</c> or <c>admin</c>. Rows are only ever added.</summary>
internal sealed class PackVersionRecord
{
    public const string Pack = "pack";
    public const string Mapping = "mapping";

    private PackVersionRecord() { }

    public PackVersionRecord(string kind, string id, int version, string document, string source, DateTime createdAt, string createdBy)
    {
        Kind = kind;
        Id = id;
        Version = version;
        Document = document;
        Source = source;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public string Kind { get; private set; } = "";
    public string Id { get; private set; } = "";
    public int Version { get; private set; }
    public string Document { get; private set; } = "";
    public string Source { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
}
