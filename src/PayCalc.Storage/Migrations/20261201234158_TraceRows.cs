using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <summary>
    /// Schema 4: the structured trace. <c>run.trace_catalog</c> keeps what each name the formulas read is and
    /// <c>payslip.rows</c> the rows behind aggregate lines. Months stored before have neither (<c>{}</c>): their
    /// explanations show the formulas and values as before, without kinds, sources or rows.
    /// </summary>
    public partial class TraceRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "trace_catalog",
                table: "run",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "rows",
                table: "payslip",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates.</summary>
        public const int SchemaVersion = 4;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "trace_catalog",
                table: "run");

            migrationBuilder.DropColumn(
                name: "rows",
                table: "payslip");

            migrationBuilder.Sql($"DELETE FROM schema_version WHERE version = {SchemaVersion};");
        }
    }
}
