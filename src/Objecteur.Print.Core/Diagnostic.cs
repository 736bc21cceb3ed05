namespace Objecteur.Print;

/// <summary>
/// A problem in the user's kit (content, template, markup), told in French with where it is and
/// what to do about it. Every stage reports bad input this way so the CLI can print one clear
/// message instead of a stack trace.
/// </summary>
/// <param name="File">Path of the file at fault, as the user knows it (relative to the kit).</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown (a row of a table).</param>
/// <param name="Message">What is wrong, in French.</param>
/// <param name="Hint">What to do, in French (may be empty).</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message, string Hint = "")
{
    public override string ToString()
    {
        var where = Line <= 0 ? File : Column > 0 ? $"{File}, ligne {Line}, colonne {Column}" : $"{File}, ligne {Line}";
        return string.IsNullOrEmpty(Hint) ? $"{where} : {Message}" : $"{where} : {Message}\n  → {Hint}";
    }
}

/// <summary>Thrown by any stage when the kit's input is at fault (never for a bug of ours).</summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
