using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Architecture;

/// <summary>A use of a namespace that the stage direction forbids, where it is written.</summary>
public sealed record Violation(string File, int Line, string From, string To, string Name)
{
    public override string ToString() => $"{File}:{Line}: {From} uses {To} ({Name})";
}

/// <summary>
/// The rule of the core's folders (README, English section): the stages come in the order
/// Content → Templating → Layout → Render → Press; a stage may use the stages before it and the
/// shared root namespace (diagnostics, suggestions, French number conventions, millimetre geometry), never one after it.
/// Above the stages, Kinds (one class per document kind) may use every stage, and Pipeline (the
/// application's entry point) every stage and Kinds. Preflight, beside Press, reads any PDF (ours or
/// not) the way a print shop checks it: it uses the root and Render (whose zlib check it shares
/// with the pass that completes our streams), never the stages that make a document from a kit,
/// so it judges a file by what is in it. The root namespace uses none of them; and no
/// core code uses the console, which belongs to the command line.
/// </summary>
/// <remarks>
/// It reads the syntax trees of the core's sources and binds each name with Roslyn's semantic
/// model, so a name used without its <c>using</c> — <c>Layout.Frames.Rect</c> written in full,
/// or reached through the parent namespace — counts as much as a <c>using</c> does, and an unused
/// <c>using</c> of a later stage counts too.
/// </remarks>
public static class StageBoundaries
{
    public const string Root = "Objecteur.Print";

    /// <summary>The layers in order, with what each may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Root"] = [],
        ["Content"] = ["Root"],
        ["Templating"] = ["Root", "Content"],
        ["Layout"] = ["Root", "Content", "Templating"],
        ["Render"] = ["Root", "Content", "Templating", "Layout"],
        ["Press"] = ["Root", "Content", "Templating", "Layout", "Render"],
        ["Kinds"] = ["Root", "Content", "Templating", "Layout", "Render", "Press"],
        ["Pipeline"] = ["Root", "Content", "Templating", "Layout", "Render", "Press", "Kinds"],
        ["Preflight"] = ["Root", "Render"],
    };

    /// <summary>What the console is: the command line's business, never the core's.</summary>
    private const string Console = "the console";

    /// <summary>The SDK's implicit usings of the core project (<c>ImplicitUsings</c>).</summary>
    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText("""
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """, path: "ImplicitUsings.cs");

    /// <summary>The core's C# sources, compiled once: path relative to the repository, syntax tree.</summary>
    private static readonly Lazy<CSharpCompilation> CoreCompilation = new(() =>
    {
        var core = Path.Combine(Repo.Root, "src", "Objecteur.Print.Core");
        var trees = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(core, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(Repo.Root, f)));
        return CSharpCompilation.Create("StageBoundaries", trees.Append<SyntaxTree>(ImplicitUsings), References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    });

    /// <summary>Paths of the core's sources that the check reads.</summary>
    public static IEnumerable<string> CoreFiles => CoreCompilation.Value.SyntaxTrees.Select(t => t.FilePath).Where(p => p != ImplicitUsings.FilePath);

    /// <summary>Every use in the core's sources that goes against the stage direction.</summary>
    public static IReadOnlyList<Violation> Check() =>
        Check(CoreCompilation.Value, CoreCompilation.Value.SyntaxTrees.Where(t => t != ImplicitUsings));

    /// <summary>The same check for one more source file planted among the core's (path relative to the repository).</summary>
    public static IReadOnlyList<Violation> CheckPlanted(string path, string source)
    {
        var planted = CSharpSyntaxTree.ParseText(source, path: path);
        return Check(CoreCompilation.Value.AddSyntaxTrees(planted), [planted]);
    }

    private static List<Violation> Check(CSharpCompilation compilation, IEnumerable<SyntaxTree> trees)
    {
        var violations = new List<Violation>();
        foreach (var tree in trees)
        {
            var root = tree.GetCompilationUnitRoot();
            var from = Layer(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? "");
            if (from is null) continue;
            var model = compilation.GetSemanticModel(tree);
            Unbound(model);
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Ancestors().Any(a => a is BaseNamespaceDeclarationSyntax { Name: var declared } && declared.Span.Contains(name.Span))) continue;
                var symbol = model.GetSymbolInfo(name).Symbol;
                if (symbol is null || Target(symbol) is not { } to || to == from) continue;
                if (to == Console || !Allowed[from].Contains(to))
                    violations.Add(new Violation(tree.FilePath, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1, from, to, name.ToString()));
            }
        }
        // One line names a stage once: « Console.WriteLine » and « Layout.Markup » are one use each.
        return violations.DistinctBy(v => (v.File, v.Line, v.To)).ToList();
    }

    /// <summary>The layer of a namespace of ours (<c>Objecteur.Print.Layout.Frames</c> → Layout), or null for a library's.</summary>
    private static string? Layer(string ns) =>
        ns == Root ? "Root"
        : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0]
        : null;

    /// <summary>What a bound name belongs to: its namespace's layer, or the console.</summary>
    private static string? Target(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var ns = symbol as INamespaceSymbol ?? type?.ContainingNamespace ?? symbol.ContainingNamespace;
        var name = ns?.ToDisplayString() ?? "";
        if (name == "Spectre" || name.StartsWith("Spectre.", StringComparison.Ordinal) || type?.ToDisplayString() == "System.Console") return Console;
        return Layer(name);
    }

    /// <summary>The framework and the core's libraries, as this test run has them.</summary>
    private static List<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(f => !Path.GetFileName(f).StartsWith("Objecteur.", StringComparison.OrdinalIgnoreCase)
                && !Path.GetFileName(f).StartsWith("objecteur.", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();

    /// <summary>A name the compiler cannot bind would escape the check: only the partial methods
    /// that the regex source generator completes at build time may stay unbound here.</summary>
    private static void Unbound(SemanticModel model)
    {
        var errors = model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException($"{model.SyntaxTree.FilePath} does not compile for the stage check:\n" + string.Join("\n", errors.Take(20)));
    }
}
