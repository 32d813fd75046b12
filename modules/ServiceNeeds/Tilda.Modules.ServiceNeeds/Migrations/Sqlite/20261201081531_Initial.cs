using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.ServiceNeeds.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_needs_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupersededBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_needs_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_needs_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_needs_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_needs_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_needs_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_needs_measures_service_needs_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "service_needs_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_needs_assessments_CaseId",
                table: "service_needs_assessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_service_needs_assessments_CaseId_Current",
                table: "service_needs_assessments",
                column: "CaseId",
                unique: true,
                filter: "\"Status\" = 'current'");

            migrationBuilder.CreateIndex(
                name: "IX_service_needs_measures_AssessmentId",
                table: "service_needs_measures",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_service_needs_measures_CaseId",
                table: "service_needs_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_service_needs_outbox_messages_DeliveredAt_OccurredAt",
                table: "service_needs_outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_needs_measures");

            migrationBuilder.DropTable(
                name: "service_needs_outbox_messages");

            migrationBuilder.DropTable(
                name: "service_needs_assessments");
        }
    }
}
