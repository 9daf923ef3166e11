using System.CommandLine;
using Limber.Catalog;
using Limber.Content.Datasets;
using Limber.Content.Files;

namespace Limber.Cli;

/// <summary><c>limber import-dataset free-exercise-db PATH</c>: the dataset's stretches (or all of it) into the catalog folder.</summary>
internal static class ImportDatasetCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("dataset") { Description = "The dataset: free-exercise-db" };
        var path = new Argument<string>("path") { Description = "Its exercises.json, or the folder that holds it" };
        var all = new Option<bool>("--all") { Description = "Every category, not only stretching" };
        var force = new Option<bool>("--force") { Description = "Overwrite records you edited since they were imported" };
        var command = new Command("import-dataset", "Import an open exercise dataset into the catalog folder (safe to run again)") { name, path, all, force };
        command.SetAction(parse =>
        {
            if (parse.GetValue(name) != FreeExerciseDb.Name)
            {
                throw new UserError($"unknown dataset '{parse.GetValue(name)}' (known: {FreeExerciseDb.Name})");
            }

            var file = parse.GetValue(path)!;
            file = Directory.Exists(file) ? Path.Combine(file, "exercises.json") : file;
            if (!File.Exists(file))
            {
                throw new UserError($"no dataset file at {file}");
            }

            IReadOnlyList<FreeExerciseDb.Record> records;
            try
            {
                records = FreeExerciseDb.Read(File.ReadAllText(file));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw new UserError($"{file} is not free-exercise-db's exercises.json: {e.Message}");
            }

            var chosen = records.Where(r => parse.GetValue(all) || r.Category == "stretching").ToList();
            var folder = context.Paths(parse).ExercisesDirectory;
            var existing = Directory.Exists(folder) ? CatalogFolder.Load(folder).Catalog : new ExerciseCatalog([]);
            var report = new DatasetImport(folder, existing, parse.GetValue(force)).Run(chosen.Select(FreeExerciseDb.Map).OfType<Limber.Exercises.Exercise>());
            var output = context.Console.Profile.Out.Writer;
            output.WriteLine($"{chosen.Count} {(parse.GetValue(all) ? "exercises" : "stretches")} read from {FreeExerciseDb.Name} ({FreeExerciseDb.License}) into {folder}:");
            output.WriteLine($"  {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged");
            foreach (var line in report.AlreadyThere)
            {
                output.WriteLine($"  not duplicated: {line}");
            }

            foreach (var line in report.Linked)
            {
                output.WriteLine($"  linked: {line}");
            }

            if (report.KeptEdits.Count > 0)
            {
                output.WriteLine($"  kept {report.KeptEdits.Count} file(s) edited since they were imported (--force overwrites them): {string.Join(", ", report.KeptEdits)}");
            }

            return 0;
        });
        return command;
    }
}
