using Tilda.Testing.Persistence;

namespace Tilda.Modules.Statistics.Tests;

public sealed class StatisticsMigrationsTests() : ModuleMigrationsTests(typeof(StatisticsDbContext));
