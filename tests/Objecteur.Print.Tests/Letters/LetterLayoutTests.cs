using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Objecteur.Print.Content;
using Objecteur.Print.Layout;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Tests.Support;

namespace Objecteur.Print.Tests.Letters;

/// <summary>What every letter model must do on paper, blank or filled.</summary>
public class LetterLayoutTests
{
    private static LayoutDocument Lay(string id, SenderValues? sender) => LetterExamples.Lay(id, sender);

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void Blank_and_filled_layouts_are_unchanged(string id)
    {
        var model = LetterExamples.Pipeline().Letter(id);
        Support.Golden.Verify($"lettre-{id}-vierge", LayoutDump.Write(Lay(id, null)));
        Support.Golden.Verify($"lettre-{id}-remplie", LayoutDump.Write(Lay(id, LetterExamples.Sender(model))));
    }

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void The_letter_is_one_page_and_its_mode_d_emploi_another(string id)
    {
        var model = LetterExamples.Pipeline().Letter(id);
        Assert.Equal(2, Lay(id, null).Pages.Count);
        Assert.Equal(2, Lay(id, LetterExamples.Sender(model)).Pages.Count);
    }

    [Theory]
    [MemberData(nameof(LetterExamples.Models), MemberType = typeof(LetterExamples))]
    public void The_recipient_block_lies_inside_the_envelope_window(string id)
    {
        var pipeline = LetterExamples.Pipeline();
        var model = pipeline.Letter(id);
        var letter = ComposedLetter.Compose(model, LetterExamples.Sender(model), DateOnly.FromDateTime(LetterExamples.BuildDate.Date));
        var window = pipeline.Kit.Letters.Window;
        var page = Lay(id, LetterExamples.Sender(model)).Pages[0];
        // The recipient block is what the letter prints in the right half, down to just below the
        // window (the sender's block is on the left, the date further down): all of it must lie in
        // the window, and every recipient line must be found in it, so none can hide below.
        var block = page.Items.OfType<TextItem>()
            .Where(t => t.X > page.Width / 2 && t.Baseline < Units.Mm(window.Y + window.Height + 4)).ToList();
        foreach (var t in block)
        {
            Assert.InRange(t.X, Units.Mm(window.X), Units.Mm(window.X + window.Width));
            Assert.InRange(t.X + t.Width, Units.Mm(window.X), Units.Mm(window.X + window.Width));
            Assert.InRange(t.Baseline - t.Size * t.Face.Ascender, Units.Mm(window.Y), Units.Mm(window.Y + window.Height));
            Assert.InRange(t.Baseline - t.Size * t.Face.Descender, Units.Mm(window.Y), Units.Mm(window.Y + window.Height));
        }
        var printed = string.Join(" ", block.Select(t => t.Text.Trim()));
        Assert.All(letter.RecipientLines, line => Assert.Contains(line!, printed));
    }

    public sealed record Values(int Seed);

    public static Arbitrary<Values> Seeds() => Gen.Choose(0, int.MaxValue - 1).Select(s => new Values(s)).ToArbitrary();

    private static readonly string[] Pieces =
    [
        "Marie-Hélène", "D'Aubigné", "Œuvre", "Ça", "N'Diaye", "L'Hôpital", "Ève", "Zoë", "Saint-Étienne-de-Montluc",
        "José-María", "Nguyễn", "O'Connor", "Bâtiment", "Résidence", "12 bis", "CAF", "n°", "Müller", "Çelik",
    ];

    /// <summary>A value a real person could type: accents, apostrophes, hyphens, long names;
    /// each line short enough for an envelope window (the rule a longer one breaks is tested elsewhere).</summary>
    private static string RandomValue(Random random, LetterField field)
    {
        string Line(int maxLength, bool town = false)
        {
            // A town's name has letters only: the postal check refuses digits and signs there.
            var pieces = town ? Pieces.Where(p => p.All(c => char.IsLetter(c) || c is '-' or '\'')).ToArray() : Pieces;
            var words = new List<string>();
            while (true)
            {
                var next = pieces[random.Next(pieces.Length)];
                if (string.Join(' ', words.Append(next)).Length > maxLength) break;
                words.Add(next);
            }
            return words.Count == 0 ? "Ève" : string.Join(' ', words);
        }
        return field.Type switch
        {
            FieldType.Choix => field.Options[random.Next(field.Options.Count)],
            FieldType.Adresse => $"{Line(38)}\n{random.Next(1, 999)} {Line(28)}\n{random.Next(10000, 99999)} {Line(30, town: true)}",
            FieldType.TexteLong => string.Join('\n', Enumerable.Range(0, random.Next(1, field.Lignes + 1)).Select(_ => Line(80))),
            FieldType.Date => $"{random.Next(1, 29)} octobre 2026",
            _ => Line(field.Cle.StartsWith("numero", StringComparison.Ordinal) ? 16 : 30),
        };
    }

    [Property(Arbitrary = [typeof(LetterLayoutTests)], MaxTest = 40)]
    public bool Every_model_takes_any_reasonable_values_without_overflowing(Values values)
    {
        var random = new Random(values.Seed);
        var pipeline = LetterExamples.Pipeline();
        foreach (var id in LetterExamples.ModelIds())
        {
            var model = pipeline.Letter(id);
            var sender = LetterExamples.Sender(model, field => RandomValue(random, field));
            var recipientLines = model.Destinataire.Count + (model.RecipientAddress is null ? 0 : 3);
            if (recipientLines > ComposedLetter.MaxAddressLines) continue;
            var spec = pipeline.LetterSpec(model);
            var layout = pipeline.Layout(spec, pipeline.Markup(spec, sender));
            if (layout.Pages.Count != 2) return false;
            var page = layout.Pages[0];
            if (page.Items.OfType<TextItem>().Any(t => t.X < 0 || t.X + t.Width > page.Width - Units.Mm(15))) return false;
        }
        return true;
    }
}
