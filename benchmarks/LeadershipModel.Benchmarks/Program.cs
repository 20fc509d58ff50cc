using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/LeadershipModel.Benchmarks -- --filter '*'
// Quick:   dotnet run -c Release --project benchmarks/LeadershipModel.Benchmarks -- --filter '*' --job short
// Without BenchmarkDotNet (Stopwatch, median of runs): ... -- quick [rows]
if (args.Length > 0 && args[0] == "quick")
{
    LeadershipModel.Benchmarks.QuickTimings.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LeadershipModel.Benchmarks.BatchBenchmarks).Assembly).Run(args);
