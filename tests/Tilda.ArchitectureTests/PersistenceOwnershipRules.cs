using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using Microsoft.EntityFrameworkCore;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Tilda.ArchitectureTests;

/// <summary>
/// A module never reads another module's tables (convention 4): it opens no DbContext but its own, and it does not
/// use the building blocks' handles on every module's database — those are for the building blocks, which register
/// them per module, and for the host, which migrates and checks them.
/// </summary>
public sealed class PersistenceOwnershipRules
{
    internal static IArchRule OpenOnlyTheirOwnDbContext(Scope scope) =>
        Types().That().FollowCustomPredicate(
                type => scope.Contains(type) && AssemblyKinds.KindOf(type.Assembly.Name) == AssemblyKind.Module,
                $"reside in a module implementation among {scope}")
            .Should().FollowCustomCondition(type =>
                {
                    var foreign = type.Dependencies.Select(dependency => dependency.Target)
                        .Where(target => IsDbContext(target) && target.Assembly.Name != type.Assembly.Name)
                        .Select(target => target.FullName).Distinct().Order(StringComparer.Ordinal).ToList();
                    return new ConditionResult(type, foreign.Count == 0, $"uses another module's DbContext: {string.Join(", ", foreign)}");
                },
                "use no DbContext but their own module's");

    private static bool IsDbContext(IType type) =>
        type is Class @class && @class.InheritedClasses.Any(inherited => inherited.FullName == typeof(DbContext).FullName);

    /// <summary>
    /// The handles on every module's database: each module's outbox store (what the relay and the event log iterate)
    /// and each module's database (what the host migrates). The outbox store types are internal to the building blocks,
    /// so no module can compile against them today; the rule keeps it so if they are ever made public.
    /// </summary>
    private static readonly string[] EveryModulesDatabase =
    [
        "Tilda.BuildingBlocks.Outbox.IOutboxStore",
        "Tilda.BuildingBlocks.Outbox.EfOutboxStore`1",
        "Tilda.BuildingBlocks.Persistence.IModuleDatabase",
        "Tilda.BuildingBlocks.Persistence.ModuleDatabase`1",
    ];

    private static readonly IObjectProvider<IType> EveryModulesDatabaseTypes = Types().That().FollowCustomPredicate(
        type => type.Assembly.Name == ModuleGraph.BuildingBlocks && EveryModulesDatabase.Contains(type.FullName),
        "are the building blocks' handles on every module's database");

    internal static IArchRule LeaveEveryModulesDatabaseToTheBuildingBlocksAndTheHost(Scope scope) =>
        Types().That().FollowCustomPredicate(
                type => scope.Contains(type) && AssemblyKinds.KindOf(type.Assembly.Name) is not (AssemblyKind.BuildingBlocks or AssemblyKind.Host),
                $"reside in {scope}, outside the building blocks and the host")
            .Should().NotDependOnAny(EveryModulesDatabaseTypes)
            // A renamed handle would leave the rule guarding nothing; so each must still be there.
            .And(Rule.Of("the building blocks' handles on every module's database exist", architecture =>
                from name in EveryModulesDatabase
                select new Check(name, architecture.Types.Any(type => type.Assembly.Name == ModuleGraph.BuildingBlocks && type.FullName == name)
                    ? null : $"is not in {ModuleGraph.BuildingBlocks} any more; update the rule")));

    private static readonly Scope Nosy = TildaAssemblies.Fixture("Tilda.Modules.Nosy");

    [Fact]
    public void Given_the_real_modules_When_their_dependencies_are_read_Then_each_uses_only_its_own_DbContext()
    {
        Rule.AssertHolds(OpenOnlyTheirOwnDbContext(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_a_module_using_another_module_s_DbContext_When_checked_Then_that_type_is_rejected_and_its_own_context_is_not()
    {
        var message = Rule.AssertRejects(OpenOnlyTheirOwnDbContext(Nosy), "Tilda.Modules.Nosy.NosyReport");

        Assert.Contains("Tilda.Modules.Exposed.ExposedDbContext", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_real_assemblies_When_their_dependencies_are_read_Then_only_the_building_blocks_and_the_host_use_every_module_s_database()
    {
        Rule.AssertHolds(LeaveEveryModulesDatabaseToTheBuildingBlocksAndTheHost(TildaAssemblies.Real));
    }

    // No module can compile against the internal outbox store, so no fixture can misuse it; this shows the rule would see
    // it used the way a module would (resolving every store from the container), where the building blocks do just that.
    [Fact]
    public void Given_the_outbox_relay_When_its_dependencies_are_read_Then_its_use_of_every_module_s_outbox_store_is_seen()
    {
        Rule.AssertHolds(Classes().That().HaveFullName("Tilda.BuildingBlocks.Outbox.OutboxRelay").Should().DependOnAny(EveryModulesDatabaseTypes));
    }

    [Fact]
    public void Given_a_module_migrating_every_module_s_database_When_checked_Then_that_type_is_rejected()
    {
        var message = Rule.AssertRejects(LeaveEveryModulesDatabaseToTheBuildingBlocksAndTheHost(Nosy), "Tilda.Modules.Nosy.NosyMigrator");

        Assert.Contains("Tilda.BuildingBlocks.Persistence.IModuleDatabase", message, StringComparison.Ordinal);
    }
}
