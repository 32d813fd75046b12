using Autofac;

namespace Tilda.Modules.Exposed;

public sealed class ExposedModule : Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<ExposedService>().InstancePerLifetimeScope();
}

public static class ExposedModuleRegistration
{
    public static Options Defaults { get; } = new();

    /// <summary>Public, nested in a public entry point: visible outside the module, so rejected.</summary>
    public sealed class Options
    {
        public int PageSize { get; init; } = 50;
    }
}
