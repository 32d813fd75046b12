using Mono.Cecil;
using Tilda.ArchitectureTests.Fixtures;

namespace Tilda.ArchitectureTests;

public sealed class InternalByDefaultTests
{
    /// <summary>A well-formed fake module: public Autofac module, public static registration, internal service.</summary>
    private static (FakeAssembly Assembly, TypeDefinition Registration) WellFormedModule(string name = "Tilda.Modules.Fake")
    {
        var assembly = new FakeAssembly(name);
        assembly.AddType(name, "FakeModule", FakeAssembly.PublicSealedClass, assembly.Import("Autofac", "Autofac", "Module"));
        var registration = assembly.AddType(name, "FakeModuleRegistration", FakeAssembly.PublicStaticClass);
        assembly.AddType(name, "FakeService", FakeAssembly.InternalSealedClass);
        return (assembly, registration);
    }

    [Fact]
    public void Given_the_real_module_implementations_When_their_public_types_are_listed_Then_only_the_entry_points_are_public()
    {
        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations(TildaAssemblies.All);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_a_module_with_only_its_entry_points_public_When_checked_Then_nothing_is_reported()
    {
        var (module, _) = WellFormedModule();

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_a_public_service_in_a_module_When_checked_Then_it_is_reported()
    {
        var (module, _) = WellFormedModule();
        module.AddType("Tilda.Modules.Fake", "FakeRepository", FakeAssembly.PublicSealedClass);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Assert.StartsWith("Tilda.Modules.Fake: Tilda.Modules.Fake.FakeRepository is public", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_public_type_nested_in_the_registration_class_When_checked_Then_it_is_reported()
    {
        var (module, registration) = WellFormedModule();
        module.AddNestedType(registration, "Options", TypeAttributes.NestedPublic | TypeAttributes.Sealed | TypeAttributes.Class);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Assert.Contains("FakeModuleRegistration/Options is public", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_registration_class_that_is_not_static_When_checked_Then_it_is_reported()
    {
        var module = new FakeAssembly("Tilda.Modules.Fake");
        module.AddType("Tilda.Modules.Fake", "FakeModuleRegistration", FakeAssembly.PublicSealedClass);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Assert.Contains("FakeModuleRegistration is public", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_public_autofac_modules_When_checked_Then_the_second_entry_point_is_reported()
    {
        var (module, _) = WellFormedModule();
        module.AddType("Tilda.Modules.Fake", "OtherModule", FakeAssembly.PublicSealedClass, module.Import("Autofac", "Autofac", "Module"));

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Assert.Contains("2 public Autofac modules", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_public_registration_classes_When_checked_Then_the_second_entry_point_is_reported()
    {
        var (module, _) = WellFormedModule();
        module.AddType("Tilda.Modules.Fake", "OtherModuleRegistration", FakeAssembly.PublicStaticClass);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Assert.Contains("2 public registration classes", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_public_compiler_generated_type_in_a_module_When_checked_Then_it_is_ignored()
    {
        var (module, _) = WellFormedModule();
        module.AddType("", "<PrivateImplementationDetails>", FakeAssembly.PublicSealedClass);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([module.Build()]);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_public_types_in_contracts_When_checked_Then_they_are_allowed()
    {
        var contracts = new FakeAssembly("Tilda.Modules.Fake.Contracts");
        contracts.AddType("Tilda.Modules.Fake.Contracts", "IFakeModule", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        contracts.AddType("Tilda.Modules.Fake.Contracts", "FakeSummary", FakeAssembly.PublicSealedClass);

        var violations = PublicSurfaceRules.PublicTypesInModuleImplementations([contracts.Build()]);

        Violations.AssertNone(violations);
    }
}
