using System.Collections.Concurrent;
using System.Reflection;
using Autofac;
using Autofac.Extensions.DependencyInjection;

namespace Tilda.Host.Composition;

/// <summary>
/// The one Autofac container, plus the keyed services of Microsoft.Extensions.DependencyInjection.
/// Autofac.Extensions.DependencyInjection 8 (the newest version the package mirror has) predates keyed services,
/// which ASP.NET Core's OpenAPI document generator needs. Keyed descriptors are therefore kept out of Autofac and
/// served by a thin <see cref="IKeyedServiceProvider"/> over Autofac's scopes. Delete this class when the package
/// can be upgraded to a version with keyed-service support.
/// </summary>
internal sealed class AutofacWithKeyedServicesFactory : IServiceProviderFactory<ContainerBuilder>
{
    private KeyedRegistry _keyed = new([]);

    public ContainerBuilder CreateBuilder(IServiceCollection services)
    {
        var keyed = services.Where(d => d.IsKeyedService).ToList();
        foreach (var descriptor in keyed) services.Remove(descriptor);
        _keyed = new KeyedRegistry(keyed);
        var builder = new ContainerBuilder();
        builder.Populate(services);
        var registry = _keyed;
        // Registered after Populate so it replaces Autofac's factory: request scopes then support keyed services too.
        builder.Register(c => new KeyedScopeFactory(c.Resolve<ILifetimeScope>(), registry)).As<IServiceScopeFactory>().SingleInstance();
        return builder;
    }

    public IServiceProvider CreateServiceProvider(ContainerBuilder containerBuilder) =>
        new KeyedServiceProvider(new AutofacServiceProvider(containerBuilder.Build()), _keyed, isRoot: true);

    private sealed class KeyedRegistry(IReadOnlyList<ServiceDescriptor> descriptors)
    {
        public readonly ConcurrentDictionary<(Type, object?), object> Singletons = new();

        public ServiceDescriptor? Find(Type serviceType, object? key) =>
            descriptors.LastOrDefault(d => d.ServiceType == serviceType && Equals(d.ServiceKey, key));
    }

    private sealed class KeyedScopeFactory(ILifetimeScope root, KeyedRegistry registry) : IServiceScopeFactory
    {
        public IServiceScope CreateScope()
        {
            var scope = root.BeginLifetimeScope();
            return new KeyedScope(new KeyedServiceProvider(new AutofacServiceProvider(scope), registry, isRoot: false));
        }
    }

    private sealed class KeyedScope(KeyedServiceProvider provider) : IServiceScope, IAsyncDisposable
    {
        public IServiceProvider ServiceProvider => provider;
        public void Dispose() => provider.Dispose();
        public ValueTask DisposeAsync() => provider.DisposeAsync();
    }

    private sealed class KeyedServiceProvider(AutofacServiceProvider inner, KeyedRegistry registry, bool isRoot)
        : IServiceProvider, IKeyedServiceProvider, ISupportRequiredService, IDisposable, IAsyncDisposable
    {
        private readonly ConcurrentDictionary<(Type, object?), object> _scoped = new();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IServiceProvider) || serviceType == typeof(IKeyedServiceProvider) ? this : inner.GetService(serviceType);

        public object GetRequiredService(Type serviceType) =>
            GetService(serviceType) ?? throw new InvalidOperationException($"No service for type '{serviceType}' has been registered.");

        public object? GetKeyedService(Type serviceType, object? serviceKey)
        {
            if (registry.Find(serviceType, serviceKey) is not { } descriptor) return null;
            return descriptor.Lifetime switch
            {
                ServiceLifetime.Singleton => registry.Singletons.GetOrAdd((serviceType, serviceKey), _ => Create(descriptor, serviceKey)),
                ServiceLifetime.Scoped when !isRoot => _scoped.GetOrAdd((serviceType, serviceKey), _ => Create(descriptor, serviceKey)),
                _ => Create(descriptor, serviceKey),
            };
        }

        public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
            GetKeyedService(serviceType, serviceKey)
            ?? throw new InvalidOperationException($"No keyed service for type '{serviceType}' and key '{serviceKey}' has been registered.");

        private object Create(ServiceDescriptor descriptor, object? key)
        {
            if (descriptor.KeyedImplementationInstance is { } instance) return instance;
            if (descriptor.KeyedImplementationFactory is { } factory) return factory(this, key);
            var type = descriptor.KeyedImplementationType!;
            var takesKey = type.GetConstructors().Any(c => c.GetParameters().Any(p => p.GetCustomAttribute<Microsoft.Extensions.DependencyInjection.ServiceKeyAttribute>() is not null));
            return takesKey ? ActivatorUtilities.CreateInstance(this, type, key!) : ActivatorUtilities.CreateInstance(this, type);
        }

        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
