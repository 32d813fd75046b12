using System.Text.Json;
using System.Text.Json.Nodes;
using Tilda.Modules.Cases.Applications;

namespace Tilda.Modules.Cases.Pages;

/// <summary>
/// The person as the edit form carries it: the values being edited, the version they were read at (the ETag), and the
/// values as read — so a save sends only what the user changed (a merge patch), and a conflict can say what someone else
/// changed meanwhile.
/// </summary>
internal sealed class PersonForm : PersonFields
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Version { get; set; }
    public string Original { get; set; } = "{}";

    public static PersonForm Of(PersonView person, int version) => new()
    {
        Version = version,
        Original = JsonSerializer.Serialize(person, Json),
        GivenNames = person.GivenNames, Surname = person.Surname, BirthDate = person.BirthDate, BirthYear = person.BirthYear, Sex = person.Sex,
        Citizenships = [.. person.Citizenships], ResidenceStatus = person.ResidenceStatus,
        HasMunicipalityOfResidence = person.HasMunicipalityOfResidence, PersonalIdentityCode = person.PersonalIdentityCode,
        ResidencePermitGround = person.ResidencePermitGround, ResidencePermitGrantedOn = person.ResidencePermitGrantedOn,
    };

    /// <summary>
    /// After a conflict: the form for the person as now on record (<paramref name="now"/>, <paramref name="version"/>), with
    /// the user's own changes carried over except on the fields someone else changed meanwhile (<paramref name="theirs"/>),
    /// where the other's value stands — nothing typed is lost without being shown.
    /// </summary>
    public PersonForm Rebased(PersonView now, int version, IReadOnlyCollection<string> theirs)
    {
        var merged = JsonSerializer.SerializeToNode(now, Json)!.AsObject();
        foreach (var (field, value) in Changes())
            if (!theirs.Contains(field)) merged[field] = value?.DeepClone();
        var form = Of(merged.Deserialize<PersonView>(Json)!, version);
        form.Original = JsonSerializer.Serialize(now, Json);
        return form;
    }

    /// <summary>The fields whose value differs from the one read: what PATCH /api/cases/{caseId}/person would carry.</summary>
    public JsonObject Changes()
    {
        var edited = Values(JsonSerializer.SerializeToNode(Edited(), Json)!.AsObject());
        var read = Values(JsonNode.Parse(Original)!.AsObject());
        var patch = new JsonObject();
        foreach (var (field, value) in edited)
            if (!JsonNode.DeepEquals(value, read.GetValueOrDefault(field))) patch[field] = value?.DeepClone();
        return patch;
    }

    /// <summary>The fields that differ between the person as read and as now on record.</summary>
    public IReadOnlyList<string> ChangedSince(PersonView now)
    {
        var current = Values(JsonSerializer.SerializeToNode(now, Json)!.AsObject());
        var read = Values(JsonNode.Parse(Original)!.AsObject());
        return [.. current.Where(c => !JsonNode.DeepEquals(c.Value, read.GetValueOrDefault(c.Key))).Select(c => c.Key)];
    }

    private PersonView Edited() => new(GivenNames?.Trim() ?? "", Surname?.Trim() ?? "", BirthDate, BirthYear, Sex ?? "", Citizenships, ResidenceStatus ?? "",
        HasMunicipalityOfResidence, string.IsNullOrWhiteSpace(PersonalIdentityCode) ? null : PersonalIdentityCode.Trim(),
        string.IsNullOrEmpty(ResidencePermitGround) ? null : ResidencePermitGround, ResidencePermitGrantedOn);

    private static Dictionary<string, JsonNode?> Values(JsonObject person) => person.ToDictionary(p => p.Key, p => p.Value);
}

/// <summary>The person's fields as a form posts them (a multiple choice with nothing chosen binds as an empty list).</summary>
internal abstract class PersonFields
{
    public string? GivenNames { get; set; }
    public string? Surname { get; set; }
    public DateOnly? BirthDate { get; set; }
    public int? BirthYear { get; set; }
    public string? Sex { get; set; }
    public string[] Citizenships { get; set => field = value ?? []; } = [];
    public string? ResidenceStatus { get; set; }
    public bool HasMunicipalityOfResidence { get; set; }
    public string? PersonalIdentityCode { get; set; }
    public string? ResidencePermitGround { get; set; }
    public DateOnly? ResidencePermitGrantedOn { get; set; }
}
