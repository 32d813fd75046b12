using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using ArchUnitNET.Fluent.Syntax.Elements.Types.Classes;
using Tilda.Shared.Events;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Tilda.ArchitectureTests;

/// <summary>
/// Integration events (convention 2): sealed records named …IntegrationEvent in a Contracts assembly, immutable, stored
/// under a stable name no other event has, carrying no personal data — checked on the event and on everything it
/// carries (its payload: nested records and the entries of its lists, recursively).
/// </summary>
public sealed class IntegrationEventRules
{
    private static GivenClassesConjunction EventsIn(Scope scope) =>
        Classes().That().AreAssignableTo(typeof(IntegrationEvent)).And().AreNotAbstract()
            .And().FollowCustomPredicate(type => scope.Contains(type), $"reside in {scope}");

    internal static IArchRule AreSealedRecordsNamedAsSuchInContracts(Scope scope) =>
        EventsIn(scope).Should().BeSealed()
            // Only a record can derive from the IntegrationEvent record; this holds for as long as the base is one.
            .AndShould().BeRecord()
            .AndShould().HaveNameEndingWith("IntegrationEvent")
            .AndShould().FollowCustomCondition(
                type => new ConditionResult(type, AssemblyKinds.KindOf(type.Assembly.Name) == AssemblyKind.Contracts,
                    $"lives in {type.Assembly.Name}, not in a Contracts assembly"),
                "reside in a Contracts assembly");

    /// <summary>
    /// Immutable after construction: init-only and positional properties are fine; a setter, a writable field or a
    /// collection that can be changed (an array, a List) anywhere in the payload is not — a subscriber could change
    /// what the next one reads.
    /// </summary>
    internal static IArchRule AreImmutable(Scope scope) =>
        EventsIn(scope).Should().FollowCustomCondition(
            type => Refuse(type, "can be changed after it is published:", from carried in Payload(type)
                                                                       where !carried.Member.Writability.IsImmutable()
                                                                             || IsChangeableCollection((ITypeInstance<IType>)carried.Member)
                                                                       select $"{type.Name}.{carried.Path}"),
            "be immutable, with everything they carry");

    private static readonly string[] ReadOnlyCollections =
    [
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyDictionary`2",
    ];

    private static bool IsChangeableCollection(ITypeInstance<IType> member) =>
        member.IsArray || (member.Type.Namespace.FullName == "System.Collections.Generic" && !ReadOnlyCollections.Contains(member.Type.FullName));

    /// <summary>The outbox stores each event under its [IntegrationEventName]; two events under one name would be read
    /// back as one another. Unique across every event — a fixture's among the real ones too.</summary>
    internal static IArchRule HaveAStableNameNoOtherEventHas(Scope scope) =>
        EventsIn(scope).Should().FollowCustomCondition(
            type => StableName(type) is not { } name
                ? new ConditionResult(type, false, "has no [IntegrationEventName]")
                : Refuse(type, $"is stored as {name}, as is",
                    from other in EventsIn(TildaAssemblies.Real.With(scope)).GetObjects(TildaAssemblies.Architecture)
                    where !other.Equals(type) && StableName(other) == name
                    select other.FullName),
            "have an [IntegrationEventName] no other event has");

    /// <summary>
    /// Names that would carry personal data (docs/product.md §5: names, birth dates, identity codes, free text) or what identifies a
    /// person as surely (contact details, organisations). Matched as whole words of a PascalCase name, so GivenNames,
    /// PhoneNumber and CaseNotes are caught while BirthYear, Provider and RejectionReason are not. A false alarm is a
    /// property to rename; a miss is personal data in the statistics store.
    /// </summary>
    private static readonly string[][] PersonalDataWords =
    [
        .. new[]
        {
            "Name", "Names", "Surname", "Surnames", "Birth Date", "Date Of Birth", "Birthday", "Identity Code", "Ssn",
            "Organisation", "Organization", "Email", "Phone", "Address", "Note", "Notes", "Comment", "Comments", "Text",
            "Description", "Remarks",
        }.Select(phrase => phrase.Split(' ')),
    ];

    internal static IArchRule CarryNoPersonalData(Scope scope) =>
        EventsIn(scope).Should().FollowCustomCondition(
            type => Refuse(type, "carries what looks like personal data:", from carried in Payload(type)
                                                                          where carried.Member.Visibility == Visibility.Public
                                                                                && LooksPersonal(carried.Member.Name)
                                                                          select $"{type.Name}.{carried.Path}"),
            "carry no property that looks like personal data");

    private static bool LooksPersonal(string memberName)
    {
        var words = Regex.Matches(memberName, "[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+").Select(match => match.Value).ToArray();
        return PersonalDataWords.Any(phrase => Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1)).Any(start =>
            phrase.Select((word, i) => string.Equals(word, words[start + i], StringComparison.OrdinalIgnoreCase)).All(same => same)));
    }

    private static string? StableName(Class type) =>
        type.AttributeInstances.FirstOrDefault(attribute => attribute.Type.FullName == typeof(IntegrationEventNameAttribute).FullName) is { } attribute
            ? string.Join(".v", attribute.AttributeArguments.Where(argument => argument is not AttributeNamedArgument).Select(argument => argument.Value))
            : null;

    /// <summary>A member the event carries, with its path from the event (<c>Application.ExploitationForms[].Form</c>).</summary>
    internal sealed record Carried(string Path, IMember Member);

    /// <summary>
    /// The instance properties and fields of the event (its base's included) and, through its public ones, of every Tilda
    /// class or struct it carries: a property's type, a list's or array's element type, recursively; each type once.
    /// </summary>
    internal static IReadOnlyList<Carried> Payload(IType @event)
    {
        var carried = new List<Carried>();
        var seen = new HashSet<IType>();

        void Walk(IType type, string prefix)
        {
            if (!seen.Add(type)) return;
            var members = type is Class @class ? @class.MembersIncludingInherited : type.Members;
            foreach (var member in members.Where(m => m is PropertyMember or FieldMember && m.IsStatic != true && !m.IsCompilerGenerated))
            {
                var path = prefix + member.Name;
                carried.Add(new Carried(path, member));
                if (member.Visibility != Visibility.Public) continue;
                foreach (var (inner, suffix) in CarriedTypes((ITypeInstance<IType>)member))
                    Walk(inner, path + suffix + ".");
            }
        }

        Walk(@event, "");
        return carried;
    }

    private static IEnumerable<(IType Type, string Suffix)> CarriedTypes(ITypeInstance<IType> instance)
    {
        if (IsPayloadType(instance.Type)) yield return (instance.Type, instance.IsArray ? "[]" : "");
        foreach (var argument in instance.GenericArguments)
        foreach (var (type, suffix) in CarriedTypes(argument))
            yield return (type, "[]" + suffix);
    }

    private static bool IsPayloadType(IType type) =>
        type is Class or Struct && !type.IsStub && AssemblyKinds.IsTilda(type.Assembly.Name);

    private static ConditionResult Refuse(Class @event, string problem, IEnumerable<string> offending)
    {
        var found = offending.ToList();
        return new ConditionResult(@event, found.Count == 0, $"{problem} {string.Join(", ", found)}");
    }

    private static readonly Scope Careless = TildaAssemblies.Fixture("Tilda.Modules.Careless.Contracts", "Tilda.Modules.Careless");
    private const string Fixture = "Tilda.Modules.Careless.Contracts.";

    [Fact]
    public void Given_the_real_assemblies_When_integration_events_are_listed_Then_every_publishing_module_s_events_are_found()
    {
        var events = EventsIn(TildaAssemblies.Real).GetObjects(TildaAssemblies.Architecture).Select(type => type.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "ApplicationReceivedIntegrationEvent", "PersonDetailsChangedIntegrationEvent", "ClientAdmittedIntegrationEvent",
                "ApplicationRejectedIntegrationEvent", "ClientRemovedIntegrationEvent", "ServiceNeedsAssessedIntegrationEvent",
                "AssistanceMeasureEndedIntegrationEvent", "ReflectionPeriodGrantedIntegrationEvent",
                "ReflectionPeriodEndedIntegrationEvent", "CriminalProcessStageRecordedIntegrationEvent",
            },
            events);
    }

    [Fact]
    public void Given_a_real_event_with_nested_records_and_lists_When_its_payload_is_walked_Then_their_members_are_included()
    {
        var @event = TildaAssemblies.Architecture.Classes.Single(type => type.Name == "ApplicationReceivedIntegrationEvent");

        var paths = Payload(@event).Select(carried => carried.Path).ToHashSet();

        Assert.Superset(new HashSet<string> { "Id", "OccurredAt", "Person.Sex", "Application.ExploitationForms[].Form", "Application.DependentChildren[].BirthYear" }, paths);
    }

    [Fact]
    public void Given_the_real_integration_events_When_checked_Then_each_is_a_sealed_record_named_IntegrationEvent_in_a_contracts_assembly()
    {
        Rule.AssertHolds(AreSealedRecordsNamedAsSuchInContracts(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_an_unsealed_a_misnamed_and_a_misplaced_event_When_checked_Then_exactly_those_are_rejected()
    {
        Rule.AssertRejects(AreSealedRecordsNamedAsSuchInContracts(Careless),
            Fixture + "CaseReopenedIntegrationEvent", Fixture + "CaseClosed", "Tilda.Modules.Careless.CaseArchivedIntegrationEvent");
    }

    [Fact]
    public void Given_the_real_integration_events_When_their_payload_is_checked_Then_nothing_in_it_can_be_changed()
    {
        Rule.AssertHolds(AreImmutable(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_an_event_with_a_setter_a_list_and_a_settable_nested_record_When_checked_Then_it_is_rejected_naming_each()
    {
        var message = Rule.AssertRejects(AreImmutable(Careless), Fixture + "CaseCountedIntegrationEvent");

        Assert.Contains("CaseCountedIntegrationEvent.Count", message, StringComparison.Ordinal);
        Assert.Contains("CaseCountedIntegrationEvent.Tally.Total", message, StringComparison.Ordinal);
        Assert.Contains("CaseCountedIntegrationEvent.Labels", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_real_integration_events_When_their_names_are_read_Then_each_has_one_no_other_event_has()
    {
        Rule.AssertHolds(HaveAStableNameNoOtherEventHas(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_an_event_without_a_name_and_one_reusing_a_real_event_s_name_When_checked_Then_both_are_rejected()
    {
        var message = Rule.AssertRejects(HaveAStableNameNoOtherEventHas(Careless),
            Fixture + "ApplicationCopiedIntegrationEvent", Fixture + "CaseMovedIntegrationEvent");

        Assert.Contains("is stored as cases.application-received.v1, as is Tilda.Modules.Cases.Contracts.ApplicationReceivedIntegrationEvent",
            message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_real_integration_events_When_their_payload_is_read_Then_nothing_in_it_looks_like_personal_data()
    {
        Rule.AssertHolds(CarryNoPersonalData(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_an_event_carrying_a_surname_a_phone_number_in_a_list_and_notes_When_checked_Then_it_is_rejected_naming_each()
    {
        var message = Rule.AssertRejects(CarryNoPersonalData(Careless), Fixture + "PersonRegisteredIntegrationEvent");

        Assert.Contains("PersonRegisteredIntegrationEvent.Person.Surname", message, StringComparison.Ordinal);
        Assert.Contains("PersonRegisteredIntegrationEvent.Contacts[].PhoneNumber", message, StringComparison.Ordinal);
        Assert.Contains("PersonRegisteredIntegrationEvent.Notes", message, StringComparison.Ordinal);
    }
}
