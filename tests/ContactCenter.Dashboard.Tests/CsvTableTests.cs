using ContactCenter.Dashboard.Reports;

namespace ContactCenter.Dashboard.Tests;

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-t1", "'-t1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tlunch", "'\tlunch")]
    [InlineData("lunch", "lunch")]
    [InlineData("a=b", "a=b")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written)
    {
        Assert.Equal(written + "\r\n", new CsvTable("h").Row(CsvTable.Text(value)).ToString()[3..]);
    }

    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_and_numbers_are_never_neutralised()
    {
        var table = new CsvTable("a", "b", "c", "d").Row(CsvTable.Text("x,y"), CsvTable.Text("say \"hi\""), CsvTable.Text("two\nlines"), CsvTable.Number(-1.5));

        Assert.Equal("a,b,c,d\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",-1.5\r\n", table.ToString());
    }
}
