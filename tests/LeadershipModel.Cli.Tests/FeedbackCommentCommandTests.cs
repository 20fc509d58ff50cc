using System.Text.Json;

namespace LeadershipModel.Cli.Tests;

public sealed class FeedbackCommentCommandTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv"));

    /// <summary>T1's rows of the sample, without any comment columns it may have, each with two comments naming its writer.</summary>
    private static List<string> T1RowsWithComments(Func<string, bool>? keep = null)
    {
        var header = Lines[0].Split(',');
        var items = Enumerable.Range(0, header.Length).Where(i => header[i] is not ("keep-doing" or "do-differently")).ToArray();
        var rows = new List<string> { string.Join(',', items.Select(i => header[i])) + ",keep-doing,do-differently" };
        foreach (var line in Lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells[1] == "T1" && (keep?.Invoke(cells[0]) ?? true))
            {
                rows.Add(string.Join(',', items.Select(i => cells[i])) + $",\"keep, says {cells[0]}\",change says {cells[0]}");
            }
        }

        return rows;
    }

    private static async Task<string> Run(TempFolder temp, IEnumerable<string> rows, string format, string name = "c.csv")
    {
        var csv = temp.Write(name, string.Join('\n', rows) + "\n");
        var run = await CliRun.InvokeAsync("feedback", csv, "--target", "T1", "--format", format);
        run.ExitCode.Should().Be(0, run.Error);
        return run.Output;
    }

    private static List<string> Comments(string json)
        => [.. JsonDocument.Parse(json).RootElement.GetProperty("targets")[0].GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("comments").EnumerateArray().Select(c => g.GetProperty("group").GetString() + ": " + c.GetProperty("text").GetString()))];

    [Fact]
    public async Task CommentColumns_AreReadAsComments_AndShownByGroupWithoutIds()
    {
        using var temp = new TempFolder();
        var json = await Run(temp, T1RowsWithComments(), "json");

        var peers = JsonDocument.Parse(json).RootElement.GetProperty("targets")[0].GetProperty("groups").EnumerateArray()
            .Single(g => g.GetProperty("group").GetString() == "peer").GetProperty("comments").EnumerateArray()
            .Select(c => (c.GetProperty("questionId").GetString(), c.GetProperty("text").GetString())).ToList();
        peers.Should().HaveCount(6);
        peers.Should().Contain(("keep-doing", "keep, says T1-peer-2")).And.Contain(("do-differently", "change says T1-peer-3"));
        json.Should().NotContain("keep, says T1\"", "the person's own comments are not fed back");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("html")]
    public async Task CommentsArePrintedVerbatim_InEveryTextFormat(string format)
    {
        using var temp = new TempFolder();
        var output = await Run(temp, T1RowsWithComments(), format);

        output.Should().Contain("Comments");
        output.Should().Contain("change says T1-direct-report-4");
    }

    [Fact]
    public async Task Attack_RowOrderDoesNotIdentifyTheWriter()
    {
        using var temp = new TempFolder();
        var rows = T1RowsWithComments();
        var forward = await Run(temp, rows, "json", "a.csv");
        var reversed = await Run(temp, [rows[0], .. rows.Skip(1).Reverse()], "json", "b.csv");

        Comments(reversed).Should().Equal(Comments(forward), "the comment order depends on the texts only, never on the rows");
        Comments(forward).Should().HaveCount(16, "manager, three peers and four direct reports wrote two each");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("json")]
    [InlineData("pdf")]
    public async Task Attack_AWithheldGroupsCommentsNeverAppear(string format)
    {
        // One peer and one direct report: fewer than three even combined, so both are left out, comments and all.
        using var temp = new TempFolder();
        var rows = T1RowsWithComments(id => id is "T1" or "T1-manager-1" or "T1-peer-1" or "T1-direct-report-1");
        string output;
        if (format == "pdf")
        {
            var csv = temp.Write("w.csv", string.Join('\n', rows) + "\n");
            var path = temp.File("w.pdf");
            var run = await CliRun.InvokeAsync("feedback", csv, "--target", "T1", "--format", "pdf", "--out", path);
            run.ExitCode.Should().Be(0, run.Error);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
            output = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            output.Should().Contain("T1-manager-1", "the comments of a shown group are printed");
        }
        else
        {
            output = await Run(temp, rows, format);
            output.Should().Contain("change says T1-manager-1");
        }

        output.Should().NotContain("T1-peer-1").And.NotContain("T1-direct-report-1");
    }
}
