using Tilda.Testing.Persistence;

namespace Tilda.Modules.Cases.Tests;

public sealed class CasesMigrationsTests() : ModuleMigrationsTests(typeof(CasesDbContext));
