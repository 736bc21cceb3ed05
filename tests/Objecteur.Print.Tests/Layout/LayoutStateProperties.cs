using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Elements;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Layout.Markup;
using static Objecteur.Print.Tests.Layout.LayoutHelper;

namespace Objecteur.Print.Tests.Layout;

/// <summary>The element tree is a description and layout progress lives apart: measuring moves
/// nothing on, and the same tree laid out again gives the same pages.</summary>
public class LayoutStateProperties
{
    public static Arbitrary<Sample> Samples() => Gen.Choose(0, int.MaxValue - 1).SelectMany(seed =>
        Gen.Elements("A6", "A5").Select(format => new Sample(seed, format))).ToArbitrary();

    /// <summary>A document of random blocks — paragraphs, headings, lists, a table, newspaper
    /// columns, a box, odd page breaks — with a page reference and « page n / total » footers,
    /// so that it takes several passes.</summary>
    public sealed record Sample(int Seed, string Format)
    {
        public string Markup
        {
            get
            {
                var random = new Random(Seed);
                var blocks = new List<string> { "<p>Sommaire : fin page <page-ref to=\"fin\"/></p>" };
                var count = random.Next(3, 12);
                for (var i = 0; i < count; i++)
                {
                    var words = Words(random.Next(5, 160), Seed + i);
                    blocks.Add(random.Next(7) switch
                    {
                        0 => $"<h2>{Words(3, Seed - i)}</h2>",
                        1 => $"<list>{string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(k => $"<item>{Words(1 + k, Seed + k)}</item>"))}</list>",
                        2 => "<table columns=\"20mm 1fr\" header-rows=\"1\"><tr><td><p>Qui</p></td><td><p>Quoi</p></td></tr>"
                            + string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(r => $"<tr><td><p>L{r}</p></td><td><p>{Words(5 + r * 9, Seed + r)}</p></td></tr>"))
                            + "</table>",
                        3 => $"<columns count=\"2\"><p>{words}</p></columns>",
                        4 => "<page-break parity=\"odd\"/>",
                        5 => $"<box border=\"0.5pt\" padding=\"2mm\"><p>{words}</p></box>",
                        _ => $"<p>{words}</p>",
                    });
                }
                blocks.Add("<mark id=\"fin\"/><p>Fin</p>");
                return $"<document format=\"{Format}\" margin=\"12mm\"><footer><p align=\"center\"><page-number/> / <page-count/></p></footer>"
                    + string.Concat(blocks) + "</document>";
            }
        }

        public DocumentMarkup Parse() => DocumentMarkup.Parse(new MarkupSource(Markup, "test.xml"));
    }

    [Property(Arbitrary = [typeof(LayoutStateProperties)], MaxTest = 40)]
    public bool Laying_out_the_same_tree_again_gives_the_same_pages(Sample s)
    {
        var document = s.Parse();
        var first = LayoutDump.Write(Paginator.Layout(document));
        return first == LayoutDump.Write(Paginator.Layout(document))
            && first == LayoutDump.Write(Paginator.Layout(s.Parse()));
    }

    /// <summary>Page after page, as the paginator goes: measuring again, even after measuring
    /// another size, gives the same plan, and measuring draws nothing.</summary>
    [Property(Arbitrary = [typeof(LayoutStateProperties)], MaxTest = 40)]
    public bool Measure_has_no_side_effects(Sample s)
    {
        var document = s.Parse();
        var margin = Mm(12);
        var trim = new Rect(0, 0, document.TrimSize.Width, document.TrimSize.Height);
        var content = new Rect(margin, margin, trim.Width - 2 * margin, trim.Height - 2 * margin);
        var state = new LayoutState();
        for (var page = 1; page < 200; page++)
        {
            var context = new LayoutContext(page, trim, content);
            var size = new Size(content.Width, content.Height);
            var plan = document.Body.Measure(context, state, size);
            document.Body.Measure(context, state, new Size(content.Width / 2, content.Height / 3));
            if (document.Body.Measure(context, state, size) != plan || context.Items.Count > 0) return false;
            if (plan.Kind is SpaceKind.Wrap or SpaceKind.Empty) return true;
            document.Body.Draw(context, state, content with { Height = plan.Height });
            if (plan.Kind == SpaceKind.Full) return true;
        }
        return false;
    }
}
