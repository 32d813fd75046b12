using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.ServiceNeeds.Migrations;

[DbContext(typeof(ServiceNeedsDbContext))]
[Migration("20261122140000_InitialServiceNeeds")]
internal sealed class InitialServiceNeeds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(ServiceNeedsDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);

        var assessments = tables.Table("assessments");
        migrationBuilder.CreateTable(assessments, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            AssessedOn = c.Column<DateOnly>(nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            SupersededBy = c.Column<Guid>(nullable: true),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{assessments}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{assessments}_CaseId", assessments, "CaseId", tables.Schema);
        // One current assessment per case, also when two reassessments are submitted at the same moment.
        migrationBuilder.CreateIndex($"IX_{assessments}_CaseId_Current", assessments, "CaseId", tables.Schema, unique: true,
            filter: ServiceNeedsDbContext.CurrentFilter);

        var measures = tables.Table("measures");
        migrationBuilder.CreateTable(measures, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            AssessmentId = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            Code = c.Column<string>(maxLength: 60, nullable: false),
            Provider = c.Column<string>(maxLength: 40, nullable: false),
            StartOn = c.Column<DateOnly>(nullable: false),
            EndOn = c.Column<DateOnly>(nullable: true),
            EndedOn = c.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{measures}", x => x.Id);
            t.ForeignKey($"FK_{measures}_{assessments}", x => x.AssessmentId, assessments, "Id", tables.Schema);
        });
        migrationBuilder.CreateIndex($"IX_{measures}_CaseId", measures, "CaseId", tables.Schema);
        migrationBuilder.CreateIndex($"IX_{measures}_AssessmentId", measures, "AssessmentId", tables.Schema);

        migrationBuilder.CreateOutboxTable(tables);
    }
}
