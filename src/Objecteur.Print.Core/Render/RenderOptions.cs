namespace Objecteur.Print.Render;

/// <summary>What a PDF says about itself beyond the layout: its date (from SOURCE_DATE_EPOCH or
/// the content, never the clock when bytes must be reproducible) and, only if asked, an author.</summary>
public sealed record RenderOptions(DateTimeOffset CreationDate, string? Author = null);
