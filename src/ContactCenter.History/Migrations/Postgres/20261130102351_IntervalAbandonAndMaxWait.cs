using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactCenter.History.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntervalAbandonAndMaxWait : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AbandonWaitTicks",
                table: "queue_intervals",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "MaxWaitTicks",
                table: "queue_intervals",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AbandonWaitTicks",
                table: "queue_intervals");

            migrationBuilder.DropColumn(
                name: "MaxWaitTicks",
                table: "queue_intervals");
        }
    }
}
