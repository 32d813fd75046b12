using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.BuildingBlocks.Tests;

/// <summary>
/// A save refused by a unique index or key is told apart from other failures (it becomes a 409). On SQLite the errors
/// come from a real database; PostgreSQL's and SQL Server's are built as their drivers build them, since no server runs
/// here: for SQL Server through SqlClient's internal factory, SqlException having no public constructor.
/// </summary>
public sealed class DbErrorsTests
{
    private sealed record Code(Guid Id, string Value, string? Label);

    private sealed class CodesContext(DbContextOptions<CodesContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Code>(c =>
        {
            c.HasKey(x => x.Id);
            c.HasIndex(x => x.Value).IsUnique();
            c.Property(x => x.Label).IsRequired();
        });
    }

    [Fact]
    public void Given_sqlite_When_a_second_row_takes_a_unique_value_Then_it_is_a_unique_violation()
    {
        var error = SaveOnSqlite(new Code(Guid.NewGuid(), "a", "first"), new Code(Guid.NewGuid(), "a", "second"));

        Assert.True(error.IsUniqueViolation());
    }

    [Fact]
    public void Given_sqlite_When_a_primary_key_is_taken_again_Then_it_is_a_unique_violation()
    {
        var id = Guid.NewGuid();

        var error = SaveOnSqlite(new Code(id, "a", "first"), new Code(id, "b", "second"));

        Assert.True(error.IsUniqueViolation());
    }

    [Fact]
    public void Given_sqlite_When_a_required_column_is_missing_Then_it_is_not_a_unique_violation()
    {
        var error = SaveOnSqlite(new Code(Guid.NewGuid(), "a", "first"), new Code(Guid.NewGuid(), "b", null));

        Assert.False(error.IsUniqueViolation());
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation, true)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    [InlineData(PostgresErrorCodes.SerializationFailure, false)]
    public void Given_postgresql_When_a_save_fails_Then_only_a_unique_violation_is_one(string sqlState, bool unique)
    {
        var error = new DbUpdateException("save failed", new PostgresException("refused", "ERROR", "ERROR", sqlState));

        Assert.Equal(unique, error.IsUniqueViolation());
    }

    [Theory]
    [InlineData(2601, true)]  // duplicate key row in a unique index
    [InlineData(2627, true)]  // violation of a PRIMARY KEY or UNIQUE constraint
    [InlineData(547, false)]  // a foreign key or check constraint
    [InlineData(1205, false)] // deadlock victim
    public void Given_sql_server_When_a_save_fails_Then_only_a_unique_violation_is_one(int number, bool unique)
    {
        var error = new DbUpdateException("save failed", SqlServerError(number));

        Assert.Equal(unique, error.IsUniqueViolation());
    }

    [Fact]
    public void Given_a_failure_that_is_no_database_error_When_checked_Then_it_is_not_a_unique_violation()
    {
        Assert.False(new DbUpdateException("save failed", new TimeoutException()).IsUniqueViolation());
    }

    private static DbUpdateException SaveOnSqlite(Code first, Code second)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new CodesContext(new DbContextOptionsBuilder<CodesContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();
        db.Add(first);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        db.Add(second);
        return Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    /// <summary>A SqlException as SqlClient raises it for a server error (SqlClient 6: <c>SqlError</c>,
    /// <c>SqlErrorCollection.Add</c> and <c>SqlException.CreateException</c> are internal).</summary>
    private static SqlException SqlServerError(int number)
    {
        const BindingFlags internals = BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic;
        var error = typeof(SqlError).GetConstructor(internals,
                [typeof(int), typeof(byte), typeof(byte), typeof(string), typeof(string), typeof(string), typeof(int), typeof(Exception)])
            ?.Invoke([number, (byte)1, (byte)14, "server", "refused", "", 1, null])
            ?? throw new InvalidOperationException("SqlClient's internal SqlError constructor changed: update this test's factory.");
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", internals)!.Invoke(errors, [error]);
        return (SqlException)(typeof(SqlException).GetMethod("CreateException", internals, [typeof(SqlErrorCollection), typeof(string)])
            ?.Invoke(null, [errors, "16.0"])
            ?? throw new InvalidOperationException("SqlClient's internal SqlException factory changed: update this test's factory."));
    }
}
