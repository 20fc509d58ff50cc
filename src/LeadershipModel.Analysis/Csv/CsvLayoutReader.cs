namespace LeadershipModel.Analysis.Csv;

/// <summary>Decides what each column holds from the header, the options and the first data rows.</summary>
internal static class CsvLayoutReader
{
    public static CsvLayout Decide(string[] header, List<CsvRowBuffer> sample, CsvReadOptions options, string source)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var allNumeric = true;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (name.Length == 0)
            {
                if (i == 0 && header.Length > 1)
                {
                    // R's write.csv puts unnamed row names first: they identify the respondent.
                    header[0] = options.RespondentColumn;
                    name = header[0];
                }
                else
                {
                    throw new CsvFormatException(source, 1, i + 1, FormattableString.Invariant($"column {i + 1} has no name; the first line must be a header naming every column."));
                }
            }

            allNumeric &= ResponseMatrixCsvReader.TryParseNumber(name, out _);
            if (!byName.TryAdd(name, i))
            {
                throw new CsvFormatException(source, 1, i + 1, FormattableString.Invariant($"duplicate column name {CsvRowGuard.Quote(name)} (also column {byName[name] + 1})."));
            }
        }

        if (allNumeric)
        {
            throw new CsvFormatException(source, 1, null, "the first line holds numbers, not column names; the file needs a header row.");
        }

        var respondent = Find(header, options.RespondentColumn);
        var target = Find(header, options.TargetColumn);
        var role = Find(header, options.RoleColumn);
        var special = new HashSet<int> { respondent, target, role };

        var groups = new HashSet<int>();
        foreach (var g in options.GroupingColumns)
        {
            groups.Add(Require(byName, g, "grouping", source));
        }

        var items = new List<int>();
        if (options.ItemColumns is { } given)
        {
            var absent = given.Where(g => !byName.ContainsKey(g)).ToList();
            if (absent.Count > 0)
            {
                throw new CsvFormatException(source, 1, null, $"no column named {string.Join(", ", absent.Select(a => CsvRowGuard.Quote(a)))}; the header has {string.Join(", ", header.Take(12).Select(h => CsvRowGuard.Escape(h)))}{(header.Length > 12 ? ", …" : "")}.");
            }

            foreach (var item in given)
            {
                var at = Require(byName, item, "item", source);
                if (special.Contains(at))
                {
                    throw new CsvFormatException(source, 1, at + 1, $"column '{item}' identifies respondents, targets or roles and cannot be an item.");
                }

                items.Add(at);
            }

            for (var i = 0; i < header.Length; i++)
            {
                if (!special.Contains(i) && !items.Contains(i))
                {
                    groups.Add(i);
                }
            }
        }
        else
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (special.Contains(i) || groups.Contains(i))
                {
                    continue;
                }

                (LooksNumeric(sample, i, header.Length) ? items : (ICollection<int>)groups).Add(i);
            }
        }

        if (items.Count == 0)
        {
            throw new CsvFormatException(source, 1, null, "no item columns: no column holds numbers (name them with CsvReadOptions.ItemColumns).");
        }

        var groupList = groups.ToList();
        groupList.Sort();
        return new CsvLayout
        {
            Names = header,
            Respondent = respondent,
            Target = target,
            Role = role,
            DefaultRole = options.DefaultRole,
            Items = [.. items],
            Groups = [.. groupList],
        };
    }

    private static int Find(string[] header, string name)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Require(Dictionary<string, int> byName, string name, string kind, string source)
        => byName.TryGetValue(name, out var at)
            ? at
            : throw new CsvFormatException(source, 1, null, $"{kind} column '{name}' is not in the header.");

    /// <summary>
    /// A column is an item when at least half of its non-missing sampled values are numbers (or all are missing), so
    /// that a typo in an item column rejects its row instead of turning the item into a grouping column.
    /// </summary>
    private static bool LooksNumeric(List<CsvRowBuffer> sample, int column, int width)
    {
        int numbers = 0, others = 0;
        foreach (var row in sample)
        {
            if (row.Count != width)
            {
                continue;
            }

            var field = row[column];
            if (ResponseMatrixCsvReader.IsMissing(field))
            {
                continue;
            }

            if (ResponseMatrixCsvReader.TryParseNumber(field, out _))
            {
                numbers++;
            }
            else
            {
                others++;
            }
        }

        return numbers >= others;
    }
}
