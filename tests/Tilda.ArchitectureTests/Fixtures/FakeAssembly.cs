using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Tilda.ArchitectureTests.Fixtures;

public enum Setter
{
    None,
    Init,
    Plain,
}

/// <summary>
/// Builds a small synthetic assembly with Mono.Cecil, for known-bad fixtures: each rule must be seen to reject
/// a violation. <see cref="Build"/> writes it and reads it back, so rules see it as they see a real one.
/// </summary>
public sealed class FakeAssembly
{
    public const TypeAttributes PublicSealedClass = TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class;
    public const TypeAttributes InternalSealedClass = TypeAttributes.NotPublic | TypeAttributes.Sealed | TypeAttributes.Class;
    public const TypeAttributes PublicClass = TypeAttributes.Public | TypeAttributes.Class;
    public const TypeAttributes PublicStaticClass = TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class;

    private readonly AssemblyDefinition _assembly;

    public FakeAssembly(string name)
    {
        _assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, new Version(1, 0, 0, 0)), name, ModuleKind.Dll);
    }

    private ModuleDefinition Module => _assembly.MainModule;

    public string Name => _assembly.Name.Name;

    public TypeReference ObjectType => Module.TypeSystem.Object;

    public TypeReference StringType => Module.TypeSystem.String;

    public FakeAssembly References(string assemblyName)
    {
        AssemblyReference(assemblyName);
        return this;
    }

    /// <summary>A type of another assembly; referencing it adds the assembly reference, as the compiler would.</summary>
    public TypeReference Import(string assemblyName, string @namespace, string name) =>
        new(@namespace, name, Module, AssemblyReference(assemblyName));

    public TypeReference IntegrationEventBase() => Import("Tilda.Shared", "Tilda.Shared.Events", "IntegrationEvent");

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> of the core library.</summary>
    public TypeReference ReadOnlyListOf(TypeReference element)
    {
        var list = new TypeReference("System.Collections.Generic", "IReadOnlyList`1", Module, Module.TypeSystem.CoreLibrary);
        list.GenericParameters.Add(new GenericParameter(list));
        var instance = new GenericInstanceType(list);
        instance.GenericArguments.Add(element);
        return instance;
    }

    public TypeDefinition AddType(string @namespace, string name, TypeAttributes attributes, TypeReference? baseType = null)
    {
        var isInterface = (attributes & TypeAttributes.Interface) != 0;
        var type = new TypeDefinition(@namespace, name, attributes, isInterface ? null : baseType ?? Module.TypeSystem.Object);
        Module.Types.Add(type);
        return type;
    }

    public TypeDefinition AddNestedType(TypeDefinition declaringType, string name, TypeAttributes attributes)
    {
        var type = new TypeDefinition("", name, attributes, Module.TypeSystem.Object);
        declaringType.NestedTypes.Add(type);
        return type;
    }

    /// <summary>A public auto-property-like pair of accessors; <paramref name="setter"/> decides mutability.</summary>
    public PropertyDefinition AddProperty(TypeDefinition type, string name, TypeReference propertyType, Setter setter)
    {
        const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;
        var property = new PropertyDefinition(name, PropertyAttributes.None, propertyType)
        {
            GetMethod = WithBody(new MethodDefinition("get_" + name, accessor, propertyType)),
        };
        type.Methods.Add(property.GetMethod);

        if (setter != Setter.None)
        {
            TypeReference returnType = setter == Setter.Init
                ? new RequiredModifierType(
                    new TypeReference("System.Runtime.CompilerServices", "IsExternalInit", Module, Module.TypeSystem.CoreLibrary),
                    Module.TypeSystem.Void)
                : Module.TypeSystem.Void;
            property.SetMethod = WithBody(new MethodDefinition("set_" + name, accessor, returnType));
            property.SetMethod.Parameters.Add(new ParameterDefinition("value", ParameterAttributes.None, propertyType));
            type.Methods.Add(property.SetMethod);
        }

        type.Properties.Add(property);
        return property;
    }

    public FieldDefinition AddPublicField(TypeDefinition type, string name, TypeReference fieldType, bool readOnly)
    {
        var field = new FieldDefinition(name, FieldAttributes.Public | (readOnly ? FieldAttributes.InitOnly : 0), fieldType);
        type.Fields.Add(field);
        return field;
    }

    /// <summary>Writes the assembly and reads it back.</summary>
    public AssemblyDefinition Build()
    {
        var stream = new MemoryStream();
        _assembly.Write(stream);
        stream.Position = 0;
        return AssemblyDefinition.ReadAssembly(stream);
    }

    private AssemblyNameReference AssemblyReference(string assemblyName)
    {
        var existing = Module.AssemblyReferences.FirstOrDefault(reference => reference.Name == assemblyName);
        if (existing is not null) return existing;
        var reference = new AssemblyNameReference(assemblyName, new Version(1, 0, 0, 0));
        Module.AssemblyReferences.Add(reference);
        return reference;
    }

    private static MethodDefinition WithBody(MethodDefinition method)
    {
        // The body is never run; the rules read signatures only.
        method.Body.GetILProcessor().Emit(OpCodes.Ret);
        return method;
    }
}
