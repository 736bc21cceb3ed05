namespace Objecteur.Print.Press;

/// <summary>One A5 half of a booklet sheet side.</summary>
/// <param name="Position">Position in the padded booklet (1…P): where the page sits once the sheets are
/// nested and folded. Kept beside the page so a test or a proof sheet can show the padding.</param>
/// <param name="Page">Reading page number (1…N) printed here, or <c>null</c> for a blank padding page.</param>
public readonly record struct BookletSlot(int Position, int? Page)
{
    public bool IsBlank => Page is null;
}
