using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactCenter.History.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntervalOverflowedBlocked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Blocked",
                table: "queue_intervals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Overflowed",
                table: "queue_intervals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Blocked",
                table: "queue_intervals");

            migrationBuilder.DropColumn(
                name: "Overflowed",
                table: "queue_intervals");
        }
    }
}
