using LeadershipModel.Norms;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Reads a norm table file, naming every problem with its JSON path.</summary>
internal static class NormsFile
{
    public static NormTable Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such norm table file.");
        }

        using var stream = file.OpenRead();
        var result = JsonFormats.NormTable.Read(stream);
        return result.IsSuccess
            ? result.Value!
            : throw new CliException($"{file}: invalid norm table:{Environment.NewLine}" + string.Join(Environment.NewLine, result.Errors.Select(e => $"  {file}: {e}")));
    }
}
