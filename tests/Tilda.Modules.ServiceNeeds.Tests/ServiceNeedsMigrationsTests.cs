using Tilda.Testing.Persistence;

namespace Tilda.Modules.ServiceNeeds.Tests;

public sealed class ServiceNeedsMigrationsTests() : ModuleMigrationsTests(typeof(ServiceNeedsDbContext));
