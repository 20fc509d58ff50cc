using System.CommandLine;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;
using Spectre.Console;

namespace LeadershipModel.Cli.Commands;

/// <summary><c>leadership instrument show|validate|export</c>.</summary>
internal static class InstrumentCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("instrument", """
            Show, validate or export an instrument: canonical, canonical-short, or your own JSON file.

            Examples:
              leadership instrument show canonical-short
              leadership instrument show canonical --form observer
              leadership instrument validate my-instrument.json
              leadership instrument export canonical --out canonical.json
            """);
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(Validate(console));
        command.Subcommands.Add(Export(console));
        return command;
    }

    private static Argument<string> InstrumentArgument() => new("instrument")
    {
        Description = InstrumentResolver.Help,
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => CanonicalInstruments.FullId,
    };

    private static Command Show(CliConsole console)
    {
        var instrument = InstrumentArgument();
        var form = new Option<string>("--form")
        {
            Description = "The wording to show: self (the person about themselves, the default) or observer (others about the person).",
            DefaultValueFactory = _ => FormIds.Self,
        };
        var command = new Command("show", "List an instrument's dimensions, power bases and items, in the wording of one form.") { instrument, form };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var i = InstrumentResolver.Resolve(parse.GetValue(instrument));
            var formId = parse.GetValue(form)!;
            if (!i.HasForm(formId))
            {
                throw new CliException($"--form {formId}: {i.Id} {i.Version} has no such form; it has {string.Join(", ", i.AvailableFormIds)}.");
            }

            var o = console.Out;
            o.MarkupLine($"[bold]{Markup.Escape(i.Name)}[/] ({Markup.Escape(i.Id)} {Markup.Escape(i.Version)}, {Markup.Escape(formId)} form): {i.Items.Count} items, answered {i.Scale.Min}–{i.Scale.Max}");
            if (i.Definition.Notes is { } notes)
            {
                o.MarkupLine(i.Definition.IsValidated ? Markup.Escape(notes) : $"[yellow]{Markup.Escape(notes)}[/]");
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "measures", "keying", "answers", "text");
            foreach (var item in i.Items)
            {
                table.AddRow(Markup.Escape(item.Id), Markup.Escape(item.Target.Key), item.IsReversed ? "reverse" : "", Markup.Escape(item.Labels ?? "scale"), Markup.Escape(i.GetItemText(item.Id, formId)));
            }

            o.Write(table);
            foreach (var question in i.OpenQuestions)
            {
                o.MarkupLine($"{Markup.Escape(question.Id)} (open question): {Markup.Escape(question.GetText(formId).Default)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Validate(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "An instrument JSON file." };
        var command = new Command("validate", "Check an instrument JSON file and list every problem with its JSON path.") { file };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException($"{path}: no such file.");
            }

            using var stream = path.OpenRead();
            var result = InstrumentJson.Read(stream);
            if (result.IsSuccess)
            {
                var i = result.Value!;
                console.Output.WriteLine($"{path}: valid — {i.Id} {i.Version}, {i.Items.Count} items in {i.Scales.Count} scales.");
                return ExitCodes.Success;
            }

            foreach (var error in result.Errors)
            {
                console.WriteError($"{path}: {error}");
            }

            console.Error.WriteLine($"{path}: {result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")}.");
            return ExitCodes.UsageOrInput;
        }));
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var instrument = InstrumentArgument();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write an instrument as JSON (a starting point for your own).") { instrument, output };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            var json = InstrumentJson.Write(InstrumentResolver.Resolve(parse.GetValue(instrument)));
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, json);
                console.WriteInfo($"wrote {file}");
            }
            else
            {
                console.Output.WriteLine(json);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
