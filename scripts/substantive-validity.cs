#!/usr/bin/env -S dotnet run
// Anderson & Gerbing's (1991) substantive-validity indices from a filled-in judges' sort.
// Run from the repository root:  dotnet run scripts/substantive-validity.cs SORTS.csv [OUT.csv]
// SORTS.csv is docs/instrument/sorting-template.csv with each judge column filled in with a scale code from
// docs/instrument/definitions.md (an empty cell: the judge did not sort that item). The script maps sort ids to
// items with docs/instrument/sorting-key.csv and items to their intended scale with docs/instrument/item-map.csv,
// and writes one line per item: itemId, intended scale, N, n_c, n_o, the most chosen other scale, psa, csv.
// Items with psa below .75 or a csv that is not positive deserve rewriting (Anderson & Gerbing; Hinkin & Tracey).
#:project ../src/LeadershipModel.Analysis/LeadershipModel.Analysis.csproj

using System.Globalization;
using LeadershipModel.Analysis.ContentValidity;
using nietras.SeparatedValues;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run scripts/substantive-validity.cs SORTS.csv [OUT.csv]");
    return 2;
}

static List<string[]> Rows(string path)
{
    using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
    var rows = new List<string[]>();
    foreach (var row in reader)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        rows.Add(cells);
    }

    return rows;
}

var key = Rows("docs/instrument/sorting-key.csv").ToDictionary(r => r[0], r => r[1]);
var intended = Rows("docs/instrument/item-map.csv").ToDictionary(r => r[0], r => r[1].Length > 0 ? $"{r[1]}/{r[2]}" : $"base/{r[3]}");
var sorts = Rows(args[0]).Select(r => KeyValuePair.Create(key[r[0]], (IReadOnlyList<string?>)r.Skip(2).ToArray()));
var lines = SubstantiveValidity.Compute(sorts, intended)
    .Select(r => $"{r.ItemId},{r.IntendedScale},{r.Judges},{r.Correct},{r.HighestOther},{r.HighestOtherScale},{r.ProportionOfAgreement:F3},{r.Coefficient:F3}")
    .Prepend("itemId,intendedScale,judges,correct,highestOther,highestOtherScale,psa,csv");
var text = string.Join('\n', lines) + "\n";
if (args.Length > 1)
{
    File.WriteAllText(args[1], text);
}
else
{
    Console.Write(text);
}

return 0;
