using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Statistics.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RequesterPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Citizenships",
                table: "statistics_facts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ground",
                table: "statistics_facts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryForm",
                table: "statistics_facts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            // Facts recorded before every citizenship was carried have the first listed alone (a rebuild gives them all).
            migrationBuilder.Sql("UPDATE \"statistics_facts\" SET \"Citizenships\" = \"Citizenship\" WHERE \"Citizenship\" IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "statistics_pack_versions",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_pack_versions", x => new { x.Kind, x.Id, x.Version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_pack_versions");

            migrationBuilder.DropColumn(
                name: "Citizenships",
                table: "statistics_facts");

            migrationBuilder.DropColumn(
                name: "Ground",
                table: "statistics_facts");

            migrationBuilder.DropColumn(
                name: "PrimaryForm",
                table: "statistics_facts");
        }
    }
}
