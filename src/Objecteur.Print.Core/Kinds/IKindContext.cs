using Objecteur.Print.Content;
using Objecteur.Print.Layout.Frames;
using Objecteur.Print.Render;

namespace Objecteur.Print.Kinds;

/// <summary>What a kind may ask of the pipeline that runs it: the kit, the build date, the letter
/// models (read once per run), and the stages again for a document made while printing another.</summary>
public interface IKindContext
{
    Kit Kit { get; }

    /// <summary>The build's date: <c>SOURCE_DATE_EPOCH</c> when set, so rebuilds give the same bytes.</summary>
    DateTimeOffset BuildInstant { get; }

    DateOnly Today { get; }

    /// <summary>Every letter model of the kit (content/lettres/*.yaml), by file name.</summary>
    IReadOnlyList<LetterModel> Letters();

    /// <summary>A letter model, read once: a mail merge asks for it on every row.</summary>
    LetterModel LoadLetter(string path, string displayPath);

    /// <summary>Template → layout → PDF for a document made as a print file (the booklet's guide).</summary>
    (LayoutDocument Layout, byte[] Pdf) Draw(DocumentSpec spec, Dictionary<string, object?> model);

    /// <summary>Template → layout only, for pages a kind changes before they are drawn (the
    /// booklet's copy for a print shop, padded to a multiple of four): drawn once, when changed.</summary>
    /// <param name="unbled">The same document laid out without bleed, waited for once the model's
    /// markup is made: when that markup is its markup with a bleed added and nothing else, the
    /// layout is made from it (<see cref="Layout.BleedAround"/>).</param>
    LayoutDocument LayOut(DocumentSpec spec, Dictionary<string, object?> model, Task<LaidOut>? unbled = null);

    /// <summary>A short text from a template of the kit (a partial such as <c>_note_planche</c>), as plain
    /// text: words a print file prints outside the document's own pages.</summary>
    string Prose(string template, Dictionary<string, object?> model);

    /// <summary>The document's pages drawn again in CMYK, for a print shop's copy.</summary>
    byte[] DrawCmyk(LayoutDocument layout);

    /// <summary>Pages laid out by a kind itself (a document's pages changed for another use), drawn.</summary>
    byte[] Redraw(LayoutDocument layout);

    /// <summary>The pages drawn, in CMYK if asked, without a file made of them: to place them on
    /// sheets (<see cref="DrawnPage"/>; null for a page that cannot be placed so).</summary>
    IReadOnlyList<DrawnPage?> DrawPages(LayoutDocument layout, bool cmyk = false);
}
