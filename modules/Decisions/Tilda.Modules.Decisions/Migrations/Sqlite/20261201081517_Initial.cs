using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Decisions.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decisions_admission_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OpenForCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions_admission_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decisions_outbox_messages",
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
                    table.PrimaryKey("PK_decisions_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decisions_removal_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdmissionDecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions_removal_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_removal_decisions_decisions_admission_decisions_AdmissionDecisionId",
                        column: x => x.AdmissionDecisionId,
                        principalTable: "decisions_admission_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_admission_decisions_ApplicationId",
                table: "decisions_admission_decisions",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_admission_decisions_CaseId",
                table: "decisions_admission_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_admission_decisions_OpenForCaseId",
                table: "decisions_admission_decisions",
                column: "OpenForCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_outbox_messages_DeliveredAt_OccurredAt",
                table: "decisions_outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_removal_decisions_AdmissionDecisionId",
                table: "decisions_removal_decisions",
                column: "AdmissionDecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_removal_decisions_CaseId",
                table: "decisions_removal_decisions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decisions_outbox_messages");

            migrationBuilder.DropTable(
                name: "decisions_removal_decisions");

            migrationBuilder.DropTable(
                name: "decisions_admission_decisions");
        }
    }
}
