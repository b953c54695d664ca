using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <summary>
    /// Schema 6. Exceptions carry a severity (<c>info</c>, <c>warning</c>, <c>blocking</c>; rows stored before are
    /// warnings, which is what flags were) and, for a blocking one, who acknowledged it and why (approve --acknowledge).
    /// </summary>
    public partial class ExceptionSeverity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "acknowledged_by",
                table: "payroll_flag",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "acknowledgement_reason",
                table: "payroll_flag",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "severity",
                table: "payroll_flag",
                type: "TEXT",
                nullable: false,
                defaultValue: "warning");

            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates.</summary>
        public const int SchemaVersion = 6;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "acknowledged_by",
                table: "payroll_flag");

            migrationBuilder.DropColumn(
                name: "acknowledgement_reason",
                table: "payroll_flag");

            migrationBuilder.DropColumn(
                name: "severity",
                table: "payroll_flag");

            migrationBuilder.Sql($"DELETE FROM schema_version WHERE version = {SchemaVersion};");
        }
    }
}
