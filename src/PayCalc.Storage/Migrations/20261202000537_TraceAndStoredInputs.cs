using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <summary>
    /// Schema 4. The structured trace: <c>run.trace_catalog</c> keeps what each name the formulas read is and
    /// <c>payslip.rows</c> the rows behind aggregate lines. The whole input in the database, so a stored month can be
    /// recomputed from it alone: the roster's tax flags and contract term and the ytd opening balances
    /// (<c>run_ytd_balance</c>). <c>run.stored_schema</c> says which runs have all this: runs stored before are marked 3
    /// (their explanations show formulas and values without kinds, sources or rows).
    /// </summary>
    public partial class TraceAndStoredInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "contract_term_months",
                table: "run_agent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "first_wage_income_of_year",
                table: "run_agent",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "prior_year_low_income",
                table: "run_agent",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "stored_schema",
                table: "run",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

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

            migrationBuilder.CreateTable(
                name: "run_ytd_balance",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    months = table.Column<int>(type: "INTEGER", nullable: false),
                    income = table.Column<string>(type: "TEXT", nullable: false),
                    special_deductions = table.Column<string>(type: "TEXT", nullable: false),
                    additional_deductions = table.Column<string>(type: "TEXT", nullable: false),
                    tax_withheld = table.Column<string>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_ytd_balance", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_ytd_balance_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_run_ytd_balance_run_id",
                table: "run_ytd_balance",
                column: "run_id");

            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates.</summary>
        public const int SchemaVersion = 4;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_ytd_balance");

            migrationBuilder.DropColumn(
                name: "contract_term_months",
                table: "run_agent");

            migrationBuilder.DropColumn(
                name: "first_wage_income_of_year",
                table: "run_agent");

            migrationBuilder.DropColumn(
                name: "prior_year_low_income",
                table: "run_agent");

            migrationBuilder.DropColumn(
                name: "stored_schema",
                table: "run");

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
