using Tilda.Testing.Persistence;

namespace Tilda.Modules.CriminalProcess.Tests;

public sealed class CriminalProcessMigrationsTests() : ModuleMigrationsTests(typeof(CriminalProcessDbContext));
