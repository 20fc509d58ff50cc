using System.CommandLine;
using System.Globalization;
using System.Text;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Cli.Output;
using LeadershipModel.Consent;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership consent simulate</c>: followers grant and withdraw consent over time; the manager answers with the carrot and the stick.</summary>
internal static class ConsentCommand
{
    private static readonly string[] Formats = [ReportFormats.Table, ReportFormats.Json, ReportFormats.Csv, ReportFormats.Html];

    public static Command Create(CliConsole console)
    {
        var scenario = new Option<string>("--scenario", "-s")
        {
            Description = "A built-in scenario (leader, manager-carrot, manager-stick, integrator, withdrawal) or a scenario JSON file (consent-scenario.v1.schema.json).",
            DefaultValueFactory = _ => "withdrawal",
        };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "Start from a measured profile: a profile JSON file, or the output of 'leadership score --format json' (the first profile, or the one --person names)." };
        var person = new Option<string?>("--person") { Description = "With --profile: the target (or respondent) id of the profile to start from." };
        var followers = new Option<int?>("--followers", "-n") { Description = "How many followers (1 to 9999); the scenario's number when omitted." };
        var steps = new Option<int?>("--steps", "-t") { Description = "How many steps after the start (1 to 10000); the scenario's number when omitted." };
        var seed = new Option<ulong>("--seed") { Description = "The seed: the same seed and options give the same output, byte for byte.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format", "-f") { Description = "table, json, csv (one row per step and follower) or html (charts).", DefaultValueFactory = _ => ReportFormats.Table };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The file to write; standard output when omitted." };

        var simulate = new Command("simulate", """
            Simulate authority as a relationship: followers grant consent and the follower-conferred bases (expertise,
            character) and can withdraw them; the organisation grants the role (legitimate, reward, coercive); the
            manager answers a withdrawal with the carrot or the stick. Prints the team at every step: the share who
            consent, the influence, and how followers respond (commitment, compliance, resistance, no influence).
            The dynamics rules are illustrative assumptions, not empirical findings.

            Examples:
              leadership consent simulate --scenario withdrawal --seed 1
              leadership consent simulate --scenario withdrawal --seed 1 --format html --out consent.html
              leadership consent simulate --scenario leader --followers 12 --steps 40 --format json
              leadership consent simulate --scenario my-team.json --format csv --out consent.csv
              leadership consent simulate --scenario withdrawal --profile profile.json
            """)
        {
            scenario, profile, person, followers, steps, seed, format, output,
        };
        simulate.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var s = ResolveScenario(parse.GetValue(scenario)!);
            if (parse.GetValue(profile) is { } file)
            {
                s = s.StartingFrom(ReadAuthority(file, parse.GetValue(person)));
            }

            if (parse.GetValue(followers) is { } n)
            {
                s = n is >= 1 and <= 9999 ? s with { Followers = n } : throw new CliException($"--followers must be from 1 to 9999, not {n}.");
            }

            if (parse.GetValue(steps) is { } t)
            {
                s = t is >= 1 and <= 10000 ? s with { Steps = t } : throw new CliException($"--steps must be from 1 to 10000, not {t}.");
            }

            var simulation = ConsentSimulator.Run(s, parse.GetValue(seed));
            var text = parse.GetValue(format) switch
            {
                ReportFormats.Json => JsonFormats.ConsentSimulation.Write(simulation) + "\n",
                ReportFormats.Csv => Csv(simulation),
                ReportFormats.Html => ConsentHtmlReport.Render(simulation),
                _ => Table(simulation),
            };
            if (parse.GetValue(output) is { } outFile)
            {
                File.WriteAllText(outFile.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                console.WriteInfo($"simulated '{s.Name}' ({simulation.FollowerCount} followers, {s.Steps} steps, seed {simulation.Seed}); wrote {outFile}");
            }
            else
            {
                console.Output.Write(text);
            }

            return ExitCodes.Success;
        }));

        var command = new Command("consent", "Authority as a relationship over time: followers grant and withdraw consent, and the manager answers with the carrot and the stick.");
        command.Subcommands.Add(simulate);
        return command;
    }

    internal static ConsentScenario ResolveScenario(string value)
    {
        if (ConsentScenarios.TryGet(value, out var builtIn))
        {
            return builtIn;
        }

        if (!value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(value))
        {
            throw new CliException($"--scenario: '{value}' is neither a built-in scenario ({string.Join(", ", ConsentScenarios.All.Select(x => x.Name))}) nor a JSON file.");
        }

        if (!File.Exists(value))
        {
            throw new CliException($"{value}: no such file.");
        }

        using var stream = File.OpenRead(value);
        var result = JsonFormats.ConsentScenario.Read(stream);
        return result.IsSuccess
            ? result.Value!
            : throw new CliException($"{value}: not a valid consent scenario:{Environment.NewLine}" + string.Join(Environment.NewLine, result.Errors.Select(e => $"  {e.Path}: {e.Message}")));
    }

    internal static AuthorityProfile ReadAuthority(FileInfo file, string? person)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file}: no such file.");
        }

        var json = File.ReadAllText(file.FullName);
        var trimmed = json.TrimStart();
        EquatableArray<LeadershipProfile> profiles;
        if (trimmed.StartsWith('['))
        {
            var many = JsonFormats.Profiles.Read(json);
            profiles = many.IsSuccess ? many.Value! : throw Invalid(file, many.Errors);
        }
        else
        {
            var one = JsonFormats.Profile.Read(json);
            profiles = one.IsSuccess ? [one.Value!] : throw Invalid(file, one.Errors);
        }

        var chosen = person is null
            ? (profiles.Count > 0 ? profiles[0] : null)
            : profiles.FirstOrDefault(p => p.TargetId == person) ?? profiles.FirstOrDefault(p => p.RespondentId == person);
        if (chosen is null)
        {
            throw new CliException(person is null ? $"{file}: holds no profile." : $"{file}: no profile for '{person}'.");
        }

        return chosen.Authority ?? throw new CliException($"{file}: the profile of '{chosen.TargetId ?? chosen.RespondentId}' has no authority scores (the instrument measures no power base).");
    }

    private static CliException Invalid(FileInfo file, EquatableArray<JsonError> errors)
        => new($"{file}: not a profile JSON file:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Take(10).Select(e => $"  {e.Path}: {e.Message}")));

    internal static string Csv(ConsentSimulation simulation)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            string[] header = ["step", "followerId", "consenting", .. Enum.GetValues<PowerBase>().Select(PowerBaseNames.ToId), "influence", "commitment", "compliance", "resistance", "none", "events"];
            writer.Header.Add(header);
            foreach (var step in simulation.Steps)
            {
                foreach (var f in step.Followers)
                {
                    using var row = writer.NewRow();
                    var i = 0;
                    row[i++].Set(step.Step.ToString(CultureInfo.InvariantCulture));
                    row[i++].Set(f.FollowerId);
                    row[i++].Set(f.Influence.Consenting ? "true" : "false");
                    foreach (var b in f.Influence.Bases)
                    {
                        row[i++].Set(Numbers.Full(b.Strength));
                    }

                    row[i++].Set(Numbers.Full(f.Influence.Influence));
                    row[i++].Set(Numbers.Full(f.Influence.Outcome.Commitment));
                    row[i++].Set(Numbers.Full(f.Influence.Outcome.Compliance));
                    row[i++].Set(Numbers.Full(f.Influence.Outcome.Resistance));
                    row[i++].Set(Numbers.Full(f.Influence.Outcome.None));
                    row[i].Set(string.Join(';', f.Events.Select(e => e.Name)));
                }
            }
        }

        return text.ToString();
    }

    internal static string Table(ConsentSimulation simulation)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Consent simulation '{simulation.Scenario.Name}': {simulation.FollowerCount} followers, {simulation.Steps.Count - 1} steps, seed {simulation.Seed}\n");
        text.Append(simulation.Scenario.Description).Append('\n');
        text.Append("The dynamics rules are illustrative assumptions, not empirical findings.\n\n");
        text.Append("step  consenting  influence  commitment  compliance  resistance  none   held  events\n");
        foreach (var step in simulation.Steps)
        {
            var t = step.Team;
            var events = step.Followers.SelectMany(f => f.Events).Distinct().GroupBy(e => e.Name).Select(g => g.First().FollowerId is null || g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}");
            text.Append(c, $"{step.Step,4}  {t.ConsentingShare,10:P0}  {t.Influence,9:0.00}  {t.Outcome.Commitment,10:0.00}  {t.Outcome.Compliance,10:0.00}  {t.Outcome.Resistance,10:0.00}  {t.Outcome.None,4:0.00}  {t.HeldByLeversOnly.Count,4}  {string.Join(", ", events)}\n");
        }

        return text.ToString();
    }
}
