using System.Diagnostics;
using System.Globalization;
using Objecteur.Print.Content;
using Objecteur.Print.Kinds;
using Objecteur.Print.Pipeline;

// Benchmark of Objecteur.Print (not a test: it reports, it does not assert).
//   dotnet run -c Release --project src/Objecteur.Print.Bench -- [--kit DIR] [--runs N] [--letters N] [--merge N]
// 1. Whole-kit build in a fresh process (what a user waits for), median of N runs.
// 2. Letters per second (the CAF letter and its follow-up note), filled with a fictional sender,
//    in one process, median of N batches, with the process's peak memory.
// 3. Each booklet (layout passes until its page references settle, PDF, imposition, guide) in one
//    process, after a warm-up build, median of N builds.
// 4. A mail merge of N rows (10,000 by default) from a CSV file: letters per second, and the
//    memory sampled as rows go by, to show that it stays flat.
// The same jobs against the tools people use today, whole processes, JIT and AOT: pairs.sh beside this file.
var culture = CultureInfo.InvariantCulture;
var kit = Argument("--kit") ?? FindKit();
var runs = int.Parse(Argument("--runs") ?? "5", culture);
var letters = int.Parse(Argument("--letters") ?? "1000", culture);
var mergeRows = int.Parse(Argument("--merge") ?? "10000", culture);

Console.WriteLine($"Objecteur.Print benchmark — kit {kit}, {runs} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

var cli = Path.Combine(AppContext.BaseDirectory, "objecteur.dll");
var output = Directory.CreateTempSubdirectory("objecteur-bench-").FullName;
var buildTimes = new List<double>();
for (var i = 0; i < runs; i++)
{
    var start = Stopwatch.GetTimestamp();
    using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "--kit", kit, "build", "--sortie", output])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    })!;
    process.StandardOutput.ReadToEnd();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException("build failed: " + errors);
    buildTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
}
Console.WriteLine($"whole-kit build, fresh process: median {Median(buildTimes):0.000} s (min {buildTimes.Min():0.000}, max {buildTimes.Max():0.000})");

var pipeline = KitPipeline.Open(kit, new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
var model = pipeline.Letter("caf-papier");
var spec = pipeline.LetterSpec(model);
var rates = new List<double>();
var pages = 0;
for (var batch = 0; batch < runs; batch++)
{
    var start = Stopwatch.GetTimestamp();
    for (var i = 0; i < letters; i++)
    {
        var sender = new SenderValues();
        foreach (var field in model.Champs) sender.Set(field.Cle, SenderValues.SplitLines(field.Type, field.Type == FieldType.Adresse ? field.Exemple : $"{field.Exemple} {i}"), "bench", 0);
        var built = pipeline.Build(spec, sender);
        pages += built.Layout.Pages.Count;
    }
    rates.Add(letters / Stopwatch.GetElapsedTime(start).TotalSeconds);
}
Console.WriteLine($"letters in one process ({letters} × {runs} batches, {pages / (letters * runs)} page each): median {Median(rates):0} letters/s (min {rates.Min():0}, max {rates.Max():0})");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MiB");

foreach (var booklet in pipeline.Kit.Documents.Where(d => d.Type == BookletKind.Name))
{
    var pageCount = pipeline.Build(booklet).Layout.Pages.Count;
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        pipeline.Build(booklet);
        times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
    Console.WriteLine($"booklet {booklet.Id} ({pageCount} pages, with its print files), one process: median {Median(times):0.000} s (min {times.Min():0.000}, max {times.Max():0.000})");
}

var table = Path.Combine(output, "personnes.csv");
using (var writer = new StreamWriter(table))
{
    writer.WriteLine(string.Join(';', model.Champs.Select(f => f.Cle)));
    for (var i = 0; i < mergeRows; i++)
        writer.WriteLine(string.Join(';', model.Champs.Select(f => f.Type == FieldType.Adresse ? f.Exemple.Replace('\n', '/') : $"{f.Exemple} {i}")));
}
var mergeFolder = Directory.CreateDirectory(Path.Combine(output, "publipostage")).FullName;
var samples = new List<string>();
var mergeStart = Stopwatch.GetTimestamp();
var report = new MailMerge(pipeline, model, mergeFolder).Run(table, "personnes.csv", new Sampler(mergeRows, samples));
var mergeSeconds = Stopwatch.GetElapsedTime(mergeStart).TotalSeconds;
Console.WriteLine($"mail merge of {mergeRows} rows: {report.Written} letters in {mergeSeconds:0.0} s, {report.Written / mergeSeconds:0} letters/s, {report.PrintFiles.Count} print files");
Console.WriteLine($"  memory as rows go by (managed heap after GC / working set): {string.Join(", ", samples)}");
Console.WriteLine($"peak working set after the merge: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
Directory.Delete(output, recursive: true);
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

string? Argument(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindKit()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "content", "kit.yaml"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("no kit found (content/kit.yaml); use --kit DIR");
}

/// <summary>Samples memory ten times over a merge, after a full collection, so that garbage not yet
/// collected does not pass for growth.</summary>
sealed class Sampler(int rows, List<string> samples) : IProgress<MergeProgress>
{
    public void Report(MergeProgress value)
    {
        if (value.Rows % Math.Max(rows / 10, 1) != 0) return;
        var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
        samples.Add(string.Create(CultureInfo.InvariantCulture, $"{value.Rows}: {heap:0} / {Environment.WorkingSet / (1024.0 * 1024):0} MiB"));
    }
}
