using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Decisions.Migrations;

[DbContext(typeof(DecisionsDbContext))]
[Migration("20261122090000_InitialDecisions")]
internal sealed class InitialDecisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(DecisionsDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);

        var admissions = tables.Table("admission_decisions");
        migrationBuilder.CreateTable(admissions, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            ApplicationId = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            DecidedOn = c.Column<DateOnly>(nullable: false),
            Outcome = c.Column<string>(maxLength: 20, nullable: false),
            RejectionReason = c.Column<string>(maxLength: 40, nullable: true),
            Urgent = c.Column<bool>(nullable: false),
            DecidedBy = c.Column<string>(maxLength: 100, nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{admissions}", x => x.Id));
        // One decision per application, also when two decision-makers decide at the same moment.
        migrationBuilder.CreateIndex($"IX_{admissions}_ApplicationId", admissions, "ApplicationId", tables.Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{admissions}_CaseId", admissions, "CaseId", tables.Schema);

        var removals = tables.Table("removal_decisions");
        migrationBuilder.CreateTable(removals, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            AdmissionDecisionId = c.Column<Guid>(nullable: false),
            DecidedOn = c.Column<DateOnly>(nullable: false),
            Reason = c.Column<string>(maxLength: 40, nullable: false),
            DecidedBy = c.Column<string>(maxLength: 100, nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{removals}", x => x.Id);
            t.ForeignKey($"FK_{removals}_{admissions}", x => x.AdmissionDecisionId, admissions, "Id", tables.Schema);
        });
        migrationBuilder.CreateIndex($"IX_{removals}_AdmissionDecisionId", removals, "AdmissionDecisionId", tables.Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{removals}_CaseId", removals, "CaseId", tables.Schema);

        migrationBuilder.CreateOutboxTable(tables);
    }
}
