using Tilda.Testing.Persistence;

namespace Tilda.Modules.ReflectionPeriods.Tests;

public sealed class ReflectionPeriodsMigrationsTests() : ModuleMigrationsTests(typeof(ReflectionPeriodsDbContext));
