namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Checks that an input path names a file: a directory is named as such, a missing file as missing.</summary>
internal static class InputFile
{
    public static FileInfo Require(FileInfo file, string what = "file")
    {
        if (Directory.Exists(file.FullName))
        {
            throw new CliException($"{file}: is a directory, not a {what}.");
        }

        return file.Exists ? file : throw new CliException($"{file}: no such {what}.");
    }
}
