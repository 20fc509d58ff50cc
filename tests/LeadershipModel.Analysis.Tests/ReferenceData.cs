using System.Text.Json;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Tests;

/// <summary>The data and psych figures written by Reference/make-reference.R.</summary>
internal static class ReferenceData
{
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(PathOf("expected.json"))));

    private static readonly Lazy<ResponseMatrix> BfiMatrix = new(() => Read("bfi.csv"));

    private static readonly Lazy<ResponseMatrix> SimulatedMatrix = new(() => Read("simulated.csv"));

    public static JsonElement Root => Expected.Value.RootElement;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", file);

    /// <summary>Every case of a section of expected.json (<c>alpha</c>, <c>score_items</c>), on compact and on double storage.</summary>
    public static TheoryData<int, bool> CasesOnBothStorages(string section)
    {
        var data = new TheoryData<int, bool>();
        var count = Root.GetProperty(section).GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            data.Add(i, false);
            data.Add(i, true);
        }

        return data;
    }

    /// <summary>The data set a reference case names, stored compactly or as doubles.</summary>
    public static ResponseMatrix DataOf(JsonElement referenceCase, bool doubles)
    {
        var data = Data(referenceCase.GetProperty("data").GetString()!);
        return doubles ? AsDoubles(data) : data;
    }

    public static ResponseMatrix Data(string name) => name switch
    {
        "bfi" => BfiMatrix.Value,
        "simulated" => SimulatedMatrix.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set"),
    };

    /// <summary>The same answers stored as doubles (an extra column holding 0.5 forces double storage).</summary>
    public static ResponseMatrix AsDoubles(ResponseMatrix m)
    {
        var builder = ResponseMatrix.CreateBuilder([.. m.ItemIds, "pad"], m.GroupingColumns);
        var row = new double[m.ItemCount + 1];
        for (var r = 0; r < m.RespondentCount; r++)
        {
            m.CopyRow(r, row);
            row[^1] = 0.5;
            builder.AddRow(m.Respondents[r], row);
        }

        var result = builder.Build();
        result.IsCompact.Should().BeFalse();
        return result;
    }

    public static double? Number(JsonElement e, string name)
    {
        var v = e.GetProperty(name);
        return v.ValueKind == JsonValueKind.Null ? null : v.GetDouble();
    }

    public static void ShouldEqual(double? actual, double? expected, double tolerance, string because)
    {
        if (expected is null)
        {
            actual.Should().BeNull(because);
        }
        else
        {
            actual.Should().NotBeNull(because);
            actual!.Value.Should().BeApproximately(expected.Value, tolerance, because);
        }
    }

    private static ResponseMatrix Read(string file)
    {
        var result = ResponseMatrixCsvReader.ReadFile(PathOf(file), new CsvReadOptions { GroupingColumns = file == "bfi.csv" ? ["gender", "education", "age"] : [] });
        result.Rejected.Should().Be(0);
        return result.Matrix;
    }
}
