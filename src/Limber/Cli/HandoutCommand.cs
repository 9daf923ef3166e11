using System.CommandLine;
using Limber.Cli.Handouts;
using Limber.Planning;
using Limber.Sessions;
using PdfSharp;

namespace Limber.Cli;

/// <summary><c>limber handout PLAN --out plan.pdf</c>: a printable handout of a plan, for a client or for the fridge.</summary>
internal static class HandoutCommand
{
    public static Command Create(CliContext context)
    {
        var plan = new Argument<string>("plan") { Description = "A plan saved with 'limber plan ... --out FILE'" };
        var output = new Option<string>("--out") { Description = "The PDF to write", Required = true };
        var note = new Option<string?>("--note") { Description = "A note from the coach, printed at the top" };
        var paper = new Option<string>("--paper") { Description = "a4 or letter", DefaultValueFactory = _ => "a4" };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var command = new Command("handout", "Print a plan: names, numbered steps, doses in words, key mistakes, stop signs, a box per day") { plan, output, note, paper };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(plan)!;
            var handout = Handout.For(Path.GetFileNameWithoutExtension(path), SessionCommand.FromPlan(context.LoadCatalog(parse), path), SessionOptions.Default, parse.GetValue(note));
            var file = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, HandoutPdf.Render(handout, parse.GetValue(paper) == "letter" ? PageSize.Letter : PageSize.A4));
            context.Error.WriteLine($"Wrote the handout for {handout.Entries.Count} exercise(s) to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
