using System.Globalization;
using Objecteur.Print.Layout.Elements;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;

namespace Objecteur.Print.Layout;

/// <summary>
/// Fills pages with the document body until it is fully drawn, then adds the running header and
/// footer to each page. An element that cannot fit even on an empty page, and a header or footer
/// taller than its margin, are errors naming them.
/// </summary>
/// <remarks>
/// A document whose body text depends on its own pagination (a table of contents with
/// <c>&lt;page-ref&gt;</c>, « page 3 / 28 » in the text) is laid out again with what the previous
/// pass learnt, as LaTeX reruns for its references, until nothing changes: usually two passes,
/// three when a reference's new width moves a page break. Header and footer take no part in it:
/// drawn once the pass has placed every page, they know its page count and marks already. Each
/// pass lays out the same element tree with a new <see cref="LayoutState"/>; a reference still
/// moving after the last pass is an error naming it.
/// </remarks>
public static class Paginator
{
    /// <summary>Far beyond any kit document (the booklet has about sixty pages): stops runaway
    /// content, or a layout bug, before its pages fill the memory.</summary>
    public const int MaxPages = 1000;

    /// <summary>A page number's width can move a break that moves a number back: stop there.</summary>
    private const int MaxPasses = 4;

    public static LayoutDocument Layout(DocumentMarkup document) => Layout(document, MaxPasses);

    /// <summary>With fewer passes allowed, for tests of a reference that does not settle.</summary>
    internal static LayoutDocument Layout(DocumentMarkup document, int maxPasses)
    {
        try
        {
            return Passes(document, maxPasses);
        }
        catch (LayoutFault fault)
        {
            throw document.Source.Error(fault.Where.Line, fault.Where.Column, fault.Message, fault.Hint, fault.Culprit);
        }
    }

    private static LayoutDocument Passes(DocumentMarkup document, int maxPasses)
    {
        var knowledge = PassKnowledge.None;
        for (var pass = 1; ; pass++)
        {
            var (pages, outline, learnt) = LayOut(document, knowledge);
            var settled = !document.HasDocumentFields
                || (learnt.PageCount == knowledge.PageCount && Moved(document, knowledge, learnt) is null);
            if (settled || pass == maxPasses)
            {
                CheckReferences(document, learnt);
                if (!settled) throw Unsettled(document, knowledge, learnt, pass);
                return new LayoutDocument(document.Title, document.Subject, document.Language, pages, outline, learnt.Anchors);
            }
            knowledge = learnt;
        }
    }

    private static (List<PageFrame> Pages, List<OutlineEntry> Outline, PassKnowledge Learnt) LayOut(DocumentMarkup document, PassKnowledge knowledge)
    {
        var state = new LayoutState();
        var bleed = document.Bleed;
        var trim = new Rect(bleed, bleed, document.TrimSize.Width, document.TrimSize.Height);
        var (top, right, bottom, left) = document.Margins;
        var content = new Rect(trim.X + left, trim.Y + top, trim.Width - left - right, trim.Height - top - bottom);
        var bodies = new List<LayoutContext>();
        while (true)
        {
            var context = new LayoutContext(bodies.Count + 1, trim, content, knowledge);
            var plan = document.Body.Measure(context, state, new Size(content.Width, content.Height));
            if (plan.Kind == SpaceKind.Wrap)
                throw TooBig(document, FirstBlocked(document.Body, context, state, content));
            // A continuation that turns out to have nothing left must not add a blank page.
            if (plan.Kind == SpaceKind.Empty && bodies.Count > 0) break;
            // Drawn in the space it was measured in: a page break finds itself at the top of
            // the page again, as Measure saw it, and the rest of the page is drawn, not lost.
            if (plan.Kind != SpaceKind.Empty)
                document.Body.Draw(context, state, content);
            bodies.Add(context);
            if (plan.Kind is SpaceKind.Full or SpaceKind.Empty) break;
            // Named at the text still running on, which is most often content pasted too long.
            if (bodies.Count >= MaxPages)
                throw document.Source.Error(0, 0, $"le document dépasse {MaxPages} pages", "raccourcissez le contenu ou répartissez-le entre plusieurs documents, et vérifiez qu'aucun élément ne se répète sans fin.",
                    context.Items.OfType<TextItem>().FirstOrDefault(i => i.Text.Trim().Length >= 3)?.Text.Trim());
        }

        // Header and footer come once the body is placed: they know the chapter, the page count
        // and where this pass put every mark, so their page references are right at once.
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var body in bodies)
            foreach (var (_, id) in body.Marks)
                if (id is not null) found.TryAdd(id, body.PageNumber);
        var known = new PassKnowledge(bodies.Count, found);
        var outline = new List<OutlineEntry>();
        var pages = new List<PageFrame>();
        var runningTitle = "";
        foreach (var body in bodies)
        {
            foreach (var (title, _) in body.Marks)
            {
                if (title is null) continue;
                runningTitle = title;
                outline.Add(new OutlineEntry(title, body.PageNumber));
            }
            var page = new LayoutContext(body.PageNumber, trim, content, known) { RunningTitle = runningTitle };
            page.AddPlaced(body.Items);
            var blank = body.Items.Count == 0;
            var hasMark = body.Marks.Any(m => m.Title is not null);
            if (!blank)
            {
                DrawRunning(document, document.Header, Margin.Top, page, state, hasMark, new Rect(content.X, trim.Y, content.Width, top));
                DrawRunning(document, document.Footer, Margin.Bottom, page, state, hasMark, new Rect(content.X, content.Bottom, content.Width, bottom));
            }
            var media = trim.Inflate(bleed);
            pages.Add(new PageFrame(media.Width, media.Height, page.Items,
                bleed > 0 ? trim : null, bleed > 0 ? new Rect(0, 0, media.Width, media.Height) : null));
        }
        return (pages, outline, known);
    }

    private enum Margin { Top, Bottom }

    /// <summary>Header and footer sit centred vertically in their margin, laid out from their
    /// start on each page (a fresh state of the pass); one that does not fit whole is an error,
    /// never a header cut short.</summary>
    private static void DrawRunning(DocumentMarkup document, RunningElement? running, Margin side, LayoutContext context, LayoutState pass,
        bool hasMark, Rect margin)
    {
        if (running is null || !running.Shows(context.PageNumber, context.Knowledge.PageCount, hasMark, context.Knowledge.Anchors)) return;
        var element = running.Content;
        var state = pass.Fresh();
        // Running heads, page numbers and chapter titles in the margin repeat what the pages say.
        using var artifacts = context.AsArtifacts(ArtifactKind.Pagination);
        var plan = element.Measure(context, state, new Size(margin.Width, margin.Height));
        if (plan.Kind is SpaceKind.Wrap or SpaceKind.Partial)
            throw NoRoom(document, running, side, context, state, margin);
        if (plan.Kind == SpaceKind.Full)
            element.Draw(context, state, new Rect(margin.X, margin.Y + (margin.Height - plan.Height) / 2, margin.Width, plan.Height));
    }

    /// <summary>Room to measure a header's whole height in, to say how much it needs.</summary>
    private const double Unbounded = 100_000;

    private static DiagnosticException NoRoom(DocumentMarkup document, RunningElement running, Margin side, LayoutContext context, ProgressView start, Rect margin)
    {
        var needed = running.Content.Measure(context, start, new Size(margin.Width, Unbounded)).Height;
        var (what, where) = side == Margin.Top ? ("l'en-tête", "du haut") : ("le pied de page", "du bas");
        return document.Source.Error(running.Source.Line, running.Source.Column,
            string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                $"{what} ne tient pas dans la marge {where} (page {context.PageNumber}) : il lui faut {Units.ToMm(needed):0.#} mm, la marge en offre {Units.ToMm(margin.Height):0.#} mm"),
            $"agrandissez la marge {where} (attribut margin de <document>) ou réduisez le texte de {what}.");
    }

    /// <summary>The first page reference whose target moved between two passes: only referenced
    /// marks count, as no printed text depends on the others.</summary>
    private static PageRefSite? Moved(DocumentMarkup document, PassKnowledge before, PassKnowledge after) =>
        document.PageRefs.FirstOrDefault(site => before.Anchors.GetValueOrDefault(site.Target) != after.Anchors.GetValueOrDefault(site.Target));

    /// <summary>Text that depends on the pagination still changed in the last pass: printing it
    /// would print a wrong page number. Names the first reference whose target still moves.</summary>
    private static DiagnosticException Unsettled(DocumentMarkup document, PassKnowledge before, PassKnowledge after, int passes)
    {
        const string why = "le numéro, en changeant de largeur, déplace une coupure de page qui le change à son tour";
        if (Moved(document, before, after) is { } site)
            return document.Source.Error(site.Line, site.Column,
                $"le renvoi vers « {site.Target} » ne se stabilise pas : après {passes} mises en page, sa cible change encore de page "
                + $"(page {after.Anchors.GetValueOrDefault(site.Target)} à la dernière)",
                $"{why} : ajoutez ou retirez quelques mots près du renvoi, ou placez un <page-break/> avant sa cible.");
        return document.Source.Error(document.Body.Source.Line, document.Body.Source.Column,
            $"le nombre de pages ne se stabilise pas : après {passes} mises en page, il change encore ({after.PageCount} à la dernière)",
            $"{why} : ajoutez ou retirez quelques mots près de <page-count/>.");
    }

    /// <summary>A reference to a mark that does not exist would print a wrong number: an error.</summary>
    private static void CheckReferences(DocumentMarkup document, PassKnowledge learnt)
    {
        foreach (var site in document.PageRefs)
            if (!learnt.Anchors.ContainsKey(site.Target))
                throw document.Source.Error(site.Line, site.Column, $"renvoi vers « {site.Target} » : aucun <mark id=\"{site.Target}\"> dans le document",
                    Suggest.Hint(site.Target, learnt.Anchors.Keys.ToList()));
    }

    /// <summary>The innermost element that refused an empty page, to name it in the error.</summary>
    private static Element FirstBlocked(Element body, LayoutContext context, ProgressView progress, Rect content)
    {
        if (body is ColumnElement column)
            foreach (var child in column.Children)
            {
                var plan = child.Measure(context, progress, new Size(content.Width, content.Height));
                if (plan.Kind == SpaceKind.Wrap) return FirstBlocked(child, context, progress, content);
                if (plan.Kind != SpaceKind.Empty) break;
            }
        return body;
    }

    private static DiagnosticException TooBig(DocumentMarkup document, Element element) =>
        document.Source.Error(element.Source.Line, element.Source.Column,
            $"l'élément <{element.Source.Element}> ne tient pas sur une page vide",
            "réduisez sa taille (hauteur, taille du texte) ou les marges du document.");
}
