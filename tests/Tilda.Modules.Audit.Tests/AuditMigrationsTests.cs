using Tilda.Testing.Persistence;

namespace Tilda.Modules.Audit.Tests;

public sealed class AuditMigrationsTests() : ModuleMigrationsTests(typeof(AuditDbContext));
