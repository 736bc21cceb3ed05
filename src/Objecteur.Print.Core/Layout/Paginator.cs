using Objecteur.Print.Layout.Elements;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout;

/// <summary>
/// Fills pages with the document body until it is fully drawn, adding the running header and
/// footer to each page. An element that cannot fit even on an empty page is an error naming it.
/// </summary>
public static class Paginator
{
    /// <summary>Far beyond any kit document; stops a layout bug from looping forever.</summary>
    private const int MaxPages = 5000;

    public static LayoutDocument Layout(DocumentMarkup document)
    {
        var bleed = document.Bleed;
        var trim = new Rect(bleed, bleed, document.TrimSize.Width, document.TrimSize.Height);
        var (top, right, bottom, left) = document.Margins;
        var content = new Rect(trim.X + left, trim.Y + top, trim.Width - left - right, trim.Height - top - bottom);
        var pages = new List<PageFrame>();
        while (true)
        {
            var context = new LayoutContext(pages.Count + 1, trim, content);
            var plan = document.Body.Measure(context, new Size(content.Width, content.Height));
            if (plan.Kind == SpaceKind.Wrap)
                throw TooBig(document, FirstBlocked(document.Body, context, content));
            // A continuation that turns out to have nothing left must not add a blank page.
            if (plan.Kind == SpaceKind.Empty && pages.Count > 0) break;
            if (plan.Kind != SpaceKind.Empty)
                document.Body.Draw(context, content with { Height = plan.Height });
            DrawRunning(document.Header, context, new Rect(content.X, trim.Y, content.Width, top));
            DrawRunning(document.Footer, context, new Rect(content.X, content.Bottom, content.Width, bottom));
            var media = trim.Inflate(bleed);
            pages.Add(new PageFrame(media.Width, media.Height, context.Items,
                bleed > 0 ? trim : null, bleed > 0 ? new Rect(0, 0, media.Width, media.Height) : null));
            if (plan.Kind is SpaceKind.Full or SpaceKind.Empty) break;
            if (pages.Count >= MaxPages)
                throw document.Source.Error(0, 0, $"le document dépasse {MaxPages} pages", "vérifiez qu'aucun élément ne se répète sans fin.");
        }
        return new LayoutDocument(document.Title, document.Subject, document.Language, pages);
    }

    /// <summary>Header and footer sit centred vertically in their margin.</summary>
    private static void DrawRunning(Element? element, LayoutContext context, Rect margin)
    {
        if (element is null) return;
        element.Reset();
        var plan = element.Measure(context, new Size(margin.Width, margin.Height));
        if (plan.Kind is SpaceKind.Full or SpaceKind.Partial)
            element.Draw(context, new Rect(margin.X, margin.Y + (margin.Height - plan.Height) / 2, margin.Width, plan.Height));
    }

    /// <summary>The innermost element that refused an empty page, to name it in the error.</summary>
    private static Element FirstBlocked(Element body, LayoutContext context, Rect content)
    {
        if (body is ColumnElement column)
            foreach (var child in column.Children)
            {
                var plan = child.Measure(context, new Size(content.Width, content.Height));
                if (plan.Kind == SpaceKind.Wrap) return FirstBlocked(child, context, content);
                if (plan.Kind != SpaceKind.Empty) break;
            }
        return body;
    }

    private static DiagnosticException TooBig(DocumentMarkup document, Element element) =>
        document.Source.Error(element.Source.Line, element.Source.Column,
            $"l'élément <{element.Source.Element}> ne tient pas sur une page vide",
            "réduisez sa taille (hauteur, taille du texte) ou les marges du document.");
}
