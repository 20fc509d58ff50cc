#!/usr/bin/env -S dotnet run
// A researcher's analysis as one C# file: simulate a sample with a known truth, score it, check reliability
// against the truth, build norms, compare self-ratings with others' ratings, and draw a radar chart.
// Run from the repository root:  dotnet run samples/scripts/analysis.cs [output-folder]
#:project ../../src/LeadershipModel/LeadershipModel.csproj
#:project ../../src/LeadershipModel.Analysis/LeadershipModel.Analysis.csproj
#:project ../../src/LeadershipModel.Reporting/LeadershipModel.Reporting.csproj

using System.Globalization;
using LeadershipModel.Analysis.Comparison;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Norms;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var outputFolder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "leadership-analysis");
Directory.CreateDirectory(outputFolder);
var instrument = CanonicalInstruments.Full;

// 1. Data with a known truth: 300 people, each rated by themselves, a manager and three peers.
var sample = ResponseSimulator.Simulate(instrument, new SimulationOptions
{
    Seed = 2026,
    TargetCount = 300,
    Reliability = 0.8,
    MissingRate = 0.01,
    Raters = [new RaterGroup(RaterRole.Self, bias: 0.3), new RaterGroup(RaterRole.Manager), new RaterGroup(RaterRole.Peer, 3, noiseStandardDeviation: 0.3)],
});
Console.WriteLine($"simulated {sample.ResponseSets.Count} response sets for {sample.Targets.Count} people");

// 2. Score every response set.
var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
var batch = engine.ScoreBatch(sample.ResponseSets, new BatchScoringOptions { MaxDegreeOfParallelism = -1 });
Console.WriteLine($"scored {batch.Profiles.Count}, rejected {batch.Rejections.Count}");
Check(batch.Total == sample.ResponseSets.Count, "every response set is accounted for");

// 3. Reliability of every scale, as psych's alpha() computes it, on the self-assessments.
var selves = sample.ResponseSets.Where(s => s.Role == RaterRole.Self).ToList();
var matrix = ResponseMatrix.FromResponseSets(selves, instrument);
var alphas = sample.GetScaleKeys().Select(k => ReliabilityAnalysis.Alpha(matrix, k, new AlphaOptions { Min = 1, Max = 5 })).ToList();
var meanAlpha = alphas.Average(a => a.RawAlpha ?? double.NaN);
Console.WriteLine($"mean raw alpha over {alphas.Count} scales: {meanAlpha:F3} (two-item poles, built reliability 0.8)");

// 4. Recovery: estimated leadership strength against the true latent score, dimension by dimension.
var selfProfiles = batch.Profiles.Where(p => p.Role == RaterRole.Self).ToList();
foreach (var dimension in instrument.Dimensions.Take(3))
{
    var target = ItemTarget.ForPole(dimension.Id, PoleKind.Leadership);
    var estimated = selfProfiles.Select(p => p.GetDimension(dimension.Id)!.Value.Position.Leadership ?? double.NaN).ToArray();
    var truth = selfProfiles.Select(p => sample.GetTrueScore(p.TargetId, target)).ToArray();
    Console.WriteLine($"  {dimension.Name}: r(L, true L) = {Correlation(estimated, truth):F3}");
}

// 5. Norms from the self-assessments, saved as JSON, and used to score again.
var norms = NormTableBuilder.Create("simulated-2026", "Simulated reference sample", selfProfiles);
var normsFile = Path.Combine(outputFolder, "norms.json");
File.WriteAllText(normsFile, JsonFormats.NormTable.Write(norms));
var normed = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseNorms(JsonFormats.NormTable.Read(File.ReadAllText(normsFile)).GetValueOrThrow()).Build();
var first = normed.Score(selves[0]).Profile!;
Console.WriteLine($"first person: leadership {first.Overall.Leadership:F3}, percentile {first.GetNorm(IndexIds.Leadership)!.Percentile:F1}, T {first.GetNorm(IndexIds.Leadership)!.TScore:F1}");

// 6. Self against others, within each person: do people rate themselves higher than their peers rate them?
//    A paired comparison (each person's self-rating against the mean of their peers), as R's t.test(paired = TRUE)
//    and wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE).
var peerMeans = batch.Profiles.Where(p => p.Role == RaterRole.Peer).GroupBy(p => p.TargetId).ToDictionary(g => g.Key, g => g.Average(p => p.Overall.Leadership!.Value));
var paired = selfProfiles.Where(p => peerMeans.ContainsKey(p.TargetId)).ToList();
var comparison = PairedComparison.Compare(paired.Select(p => p.Overall.Leadership!.Value).ToArray(), paired.Select(p => peerMeans[p.TargetId]).ToArray());
Console.WriteLine($"self vs peers, overall L ({comparison.Count} people): mean difference {comparison.MeanDifference:F3}, paired t({comparison.DegreesOfFreedom:F0}) = {comparison.T:F2}, p = {comparison.PValue:G3}, d_z = {comparison.Dz:F2}; Wilcoxon V = {comparison.SignedRank.V:F0}, p = {comparison.SignedRank.PValue:G3}");
Check(comparison.MeanDifference > 0, "the simulated self-enhancement shows up");

// 7. 360 feedback for one person, under the anonymity rules.
var report = FeedbackAggregator.Aggregate(batch.Profiles.Where(p => p.TargetId == first.TargetId));
Console.WriteLine($"360 for {report.TargetId}: {string.Join(", ", report.Groups.Select(g => $"{FeedbackSection.GroupName(g.Kind)} (n={g.RaterCount})"))}");

// 8. A radar chart and an HTML report.
var chart = Path.Combine(outputFolder, "radar.png");
File.WriteAllBytes(chart, RadarChart.ToPng(first, instrument.Dimensions));
var html = Path.Combine(outputFolder, "report.html");
File.WriteAllText(html, HtmlReport.RenderAll([first], instrument.Dimensions, ReportOptions.Default with { Sections = [new FeedbackSection([report])] }));
Console.WriteLine($"wrote {chart}, {html} and {normsFile}");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("check failed: " + what);
    }
}

static double Correlation(double[] x, double[] y)
{
    var pairs = x.Zip(y).Where(p => !double.IsNaN(p.First) && !double.IsNaN(p.Second)).ToList();
    double mx = pairs.Average(p => p.First), my = pairs.Average(p => p.Second);
    double sxy = pairs.Sum(p => (p.First - mx) * (p.Second - my)), sxx = pairs.Sum(p => (p.First - mx) * (p.First - mx)), syy = pairs.Sum(p => (p.Second - my) * (p.Second - my));
    return sxy / Math.Sqrt(sxx * syy);
}
