using System.Text.Json;

namespace LeadershipModel.Cli.Tests;

public sealed class ReliabilityCommandTests
{
    private static readonly string Bfi = Path.Combine(AppContext.BaseDirectory, "Reference", "bfi.csv");

    private static readonly string[] BfiScales =
    [
        "agree=-A1,A2,A3,A4,A5",
        "conscientious=C1,C2,C3,-C4,-C5",
        "extraversion=-E1,-E2,E3,E4,E5",
        "neuroticism=N1,N2,N3,N4,N5",
        "openness=O1,-O2,O3,O4,-O5",
    ];

    [Fact]
    public async Task Json_OnBfi_EqualsPsych()
    {
        var args = new List<string> { "reliability", Bfi, "--format", "json" };
        foreach (var s in BfiScales)
        {
            args.AddRange(["--scale", s]);
        }

        var run = await CliRun.InvokeAsync([.. args]);
        run.ExitCode.Should().Be(0, run.Error);
        using var actual = JsonDocument.Parse(run.Output);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "expected.json")));
        var reference = expected.RootElement.GetProperty("alpha").EnumerateArray().Where(a => a.GetProperty("data").GetString() == "bfi").ToDictionary(a => a.GetProperty("name").GetString()!);
        var scales = actual.RootElement.GetProperty("scales").EnumerateArray().ToList();
        scales.Should().HaveCount(5);
        foreach (var scale in scales)
        {
            var name = scale.GetProperty("name").GetString()!;
            var psych = reference[name];
            var total = psych.GetProperty("total");
            scale.GetProperty("n").GetInt32().Should().Be(2800);
            scale.GetProperty("items").EnumerateArray().Select(i => i.GetString()).Should().Equal(psych.GetProperty("key").EnumerateArray().Select(k => k.GetString()));
            foreach (var (ours, theirs) in new[] { ("rawAlpha", "raw_alpha"), ("stdAlpha", "std_alpha"), ("g6", "g6"), ("averageR", "average_r"), ("medianR", "median_r"), ("signalNoise", "sn"), ("ase", "ase"), ("alphaLower", "feldt_lower"), ("alphaUpper", "feldt_upper"), ("mean", "mean"), ("sd", "sd") })
            {
                scale.GetProperty(ours).GetDouble().Should().BeApproximately(total.GetProperty(theirs).GetDouble(), 1e-6, $"{name}.{ours}");
            }

            var items = scale.GetProperty("itemStats").EnumerateArray().ToList();
            var psychItems = psych.GetProperty("items").EnumerateArray().ToList();
            items.Should().HaveCount(psychItems.Count);
            for (var i = 0; i < items.Count; i++)
            {
                items[i].GetProperty("item").GetString().Should().Be(psychItems[i].GetProperty("key").GetString());
                items[i].GetProperty("n").GetInt32().Should().Be(psychItems[i].GetProperty("n").GetInt32());
                foreach (var (ours, theirs) in new[] { ("mean", "mean"), ("sd", "sd"), ("rawR", "raw_r"), ("stdR", "std_r"), ("rDrop", "r_drop") })
                {
                    items[i].GetProperty(ours).GetDouble().Should().BeApproximately(psychItems[i].GetProperty(theirs).GetDouble(), 1e-6, $"{name}.{items[i].GetProperty("item")}.{ours}");
                }

                items[i].GetProperty("alphaIfDropped").GetDouble().Should().BeApproximately(psychItems[i].GetProperty("drop").GetProperty("raw_alpha").GetDouble(), 1e-6);
            }
        }
    }

    [Fact]
    public async Task Table_PrintsEveryScaleAndItem()
    {
        var run = await CliRun.InvokeAsync("reliability", Bfi, "--scale", BfiScales[0]);
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("agree=-A1,A2,A3,A4,A5").And.Contain("raw alpha").And.Contain("0.703").And.Contain("-A1");
    }

    [Fact]
    public async Task Scores_WritesOneRowPerDataRowAndOneColumnPerScale()
    {
        using var temp = new TempFolder();
        var scores = temp.File("scores.csv");
        var run = await CliRun.InvokeAsync("reliability", Bfi, "--scale", BfiScales[0], "--scale", BfiScales[1], "--scores", scores, "--impute", "median");
        run.ExitCode.Should().Be(0, run.Error);
        var lines = File.ReadAllLines(scores);
        lines[0].Should().Be("agree,conscientious");
        lines.Should().HaveCount(2801);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "expected.json")));
        var reference = expected.RootElement.GetProperty("score_items").EnumerateArray()
            .First(s => s.GetProperty("data").GetString() == "bfi" && s.GetProperty("impute").GetString() == "median")
            .GetProperty("scales").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("scores").EnumerateArray().Select(v => v.GetDouble()).ToArray());
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i][0].Should().BeApproximately(reference["agree"][i], 1e-9, $"row {i + 1}");
            rows[i][1].Should().BeApproximately(reference["conscientious"][i], 1e-9, $"row {i + 1}");
        }
    }

    [Fact]
    public async Task UnknownItem_ExitsOneNamingTheItemAndFile()
    {
        var run = await CliRun.InvokeAsync("reliability", Bfi, "--scale", "x=A1,Z9");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bfi.csv").And.Contain("'Z9'");
    }

    [Fact]
    public async Task MissingScale_IsBadUsage()
    {
        var run = await CliRun.InvokeAsync("reliability", Bfi);
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--scale");
    }

    [Fact]
    public async Task MissingFile_ExitsOne()
    {
        var run = await CliRun.InvokeAsync("reliability", "/no/such/file.csv", "--scale", "a=A1,A2");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("/no/such/file.csv");
    }
}
