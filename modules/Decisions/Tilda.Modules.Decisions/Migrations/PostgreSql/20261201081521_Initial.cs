using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Decisions.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "decisions");

            migrationBuilder.CreateTable(
                name: "admission_decisions",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpenForCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "removal_decisions",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdmissionDecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_removal_decisions_admission_decisions_AdmissionDecisionId",
                        column: x => x.AdmissionDecisionId,
                        principalSchema: "decisions",
                        principalTable: "admission_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_admission_decisions_ApplicationId",
                schema: "decisions",
                table: "admission_decisions",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_decisions_CaseId",
                schema: "decisions",
                table: "admission_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_decisions_OpenForCaseId",
                schema: "decisions",
                table: "admission_decisions",
                column: "OpenForCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DeliveredAt_OccurredAt",
                schema: "decisions",
                table: "outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_removal_decisions_AdmissionDecisionId",
                schema: "decisions",
                table: "removal_decisions",
                column: "AdmissionDecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_removal_decisions_CaseId",
                schema: "decisions",
                table: "removal_decisions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "removal_decisions",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "admission_decisions",
                schema: "decisions");
        }
    }
}
