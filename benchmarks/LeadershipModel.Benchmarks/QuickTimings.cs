using System.Diagnostics;
using LeadershipModel.Analysis.Scoring;

namespace LeadershipModel.Benchmarks;

/// <summary>A Stopwatch check of the large-matrix paths (median of 7 runs after one warm-up, with the process CPU time, which contention on a shared machine inflates less), for a quick look without BenchmarkDotNet.</summary>
public static class QuickTimings
{
    public static void Run(int rows)
    {
        var sw = Stopwatch.StartNew();
        var matrix = LikertData.Matrix(rows);
        Console.WriteLine($"setup: {rows:N0} × {LikertData.Items} matrix built in {sw.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores");
        var scores = new double[rows * LikertData.Scales];
        var one = new ScoreItemsOptions { MaxDegreeOfParallelism = 1 };
        Time("ScoreInto, 1 thread", () => ScaleScoring.ScoreInto(matrix, LikertData.Keys, scores, one));
        Time("ScoreInto, all cores", () => ScaleScoring.ScoreInto(matrix, LikertData.Keys, scores));
        Time("ScoreItems, 1 thread", () => ScaleScoring.ScoreItems(matrix, LikertData.Keys, one));
        Time("ScoreItems, all cores", () => ScaleScoring.ScoreItems(matrix, LikertData.Keys));
    }

    private static void Time(string name, Action action)
    {
        action();
        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 7; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        Console.WriteLine($"{name,-24} wall median {times[3],7:F1} ms (min {times[0],7:F1}, max {times[^1],7:F1})   CPU median {cpu[3],7:F1} ms");
    }
}
