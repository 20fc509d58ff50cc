#:project ../../src/LeadershipModel.Analysis/LeadershipModel.Analysis.csproj
#:property TieredPGO=false
// The engine alone, beside `leadership score`: reads a self-assessment CSV (timed), keeps up to 50,000 response sets
// in memory, and scores them twice with ScoringEngine.Score on one thread (the second pass counts). Prints one JSON
// object with microseconds of CPU per set for the read and for the scoring.
// usage: dotnet run -c Release engine.cs -- FILE [VERSION of the canonical full form, default the current one]
using System.Diagnostics;
using System.Globalization;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run -c Release engine.cs -- FILE [VERSION]");
    return 2;
}

var instrument = args.Length > 1
    ? CanonicalInstruments.TryGet(CanonicalInstruments.FullId, args[1], out var form) ? form : throw new ArgumentException($"no canonical full form {args[1]}")
    : CanonicalInstruments.Full;
var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

var c0 = Cpu();
var sets = new List<ResponseSet>();
long read = 0;
using (var stream = File.OpenRead(args[0]))
using (var reader = InstrumentResponseReader.OpenCsvStream(stream, Path.GetFileName(args[0]), instrument))
{
    foreach (var set in reader.ReadAll())
    {
        if (sets.Count < 50_000)
        {
            sets.Add(set.ResponseSet);
        }

        read++;
    }
}

var c1 = Cpu();
var scoreCpu = 0.0;
for (var pass = 0; pass < 2; pass++)
{
    var s0 = Cpu();
    foreach (var set in sets)
    {
        engine.Score(set);
    }

    scoreCpu = Cpu() - s0;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"sets_read\":{read},\"read_cpu_us_per_set\":{(c1 - c0) * 1000 / read:F2},\"sets_scored\":{sets.Count},\"score_cpu_us_per_set\":{scoreCpu * 1000 / sets.Count:F2}}}"));
return 0;
