using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Citizenships = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GivenNames = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "boolean", nullable: false),
                    PersonalIdentityCode = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    ResidenceStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Sex = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "cases",
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
                name: "applications",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentGiven = table.Column<bool>(type: "boolean", nullable: false),
                    ReferrerType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ExploitationForms = table.Column<string>(type: "text", nullable: false),
                    ExploitationLocation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExploitationCountries = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MinorAtTime = table.Column<bool>(type: "boolean", nullable: false),
                    DependentChildren = table.Column<string>(type: "text", nullable: false),
                    PreviousApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_snapshots",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Sex = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Citizenships = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResidenceStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_snapshots_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_CaseId",
                schema: "cases",
                table: "applications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_PreviousApplicationId",
                schema: "cases",
                table: "applications",
                column: "PreviousApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_LatestApplicationId",
                schema: "cases",
                table: "cases",
                column: "LatestApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DeliveredAt_OccurredAt",
                schema: "cases",
                table: "outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_person_snapshots_CaseId",
                schema: "cases",
                table: "person_snapshots",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applications",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "person_snapshots",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "cases");
        }
    }
}
