using System.CommandLine;
using Limber.Exercises;
using Spectre.Console;

namespace Limber.Cli;

/// <summary><c>limber search TEXT</c>: ranked matches over name, aliases, targets and text.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("text") { Description = "Words to look for, e.g. 'low back' or 'reclined hero'", Arity = ArgumentArity.OneOrMore };
        var command = new Command("search", "Find exercises by name, alias, target or words in their text (one typo per word is fine)") { text };
        command.SetAction(parse =>
        {
            var query = string.Join(' ', parse.GetValue(text)!);
            var hits = context.LoadCatalog(parse).Search(query);
            if (hits.Count == 0)
            {
                context.Console.WriteLine($"No exercise matches '{query}'. Try fewer words, or 'limber list'.");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("#").AddColumn(new TableColumn("Id").NoWrap()).AddColumn("Name").AddColumn("Stretches");
            for (var i = 0; i < hits.Count; i++)
            {
                var e = hits[i].Exercise;
                table.AddRow($"{i + 1}", Markup.Escape(e.Id.Value), Markup.Escape(e.Name), Markup.Escape(string.Join(", ", e.PrimaryTargets.Select(Words.PlainTarget))));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
