using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Statistics.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class RequesterPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Citizenships",
                schema: "statistics",
                table: "facts",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ground",
                schema: "statistics",
                table: "facts",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryForm",
                schema: "statistics",
                table: "facts",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            // Facts recorded before every citizenship was carried have the first listed alone (a rebuild gives them all).
            migrationBuilder.Sql("UPDATE [statistics].[facts] SET [Citizenships] = [Citizenship] WHERE [Citizenship] IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "pack_versions",
                schema: "statistics",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Document = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pack_versions", x => new { x.Kind, x.Id, x.Version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pack_versions",
                schema: "statistics");

            migrationBuilder.DropColumn(
                name: "Citizenships",
                schema: "statistics",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "Ground",
                schema: "statistics",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "PrimaryForm",
                schema: "statistics",
                table: "facts");
        }
    }
}
