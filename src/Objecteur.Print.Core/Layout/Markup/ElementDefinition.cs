using System.Xml.Linq;
using Objecteur.Print.Layout.Elements;

namespace Objecteur.Print.Layout.Markup;

/// <summary>How one block element of the markup is built: its name, the attributes it accepts
/// (besides the inherited text attributes and spacing) and its factory.</summary>
/// <param name="Reusable">Built from its markup and the kit's files alone, so that the same
/// markup gives the same element in any document of the pipeline (see <see cref="ElementCache"/>);
/// not so for what the document being built supplies (the catalogue's thumbnails).</param>
public sealed record ElementDefinition(
    string Name,
    IReadOnlyCollection<string> Attributes,
    Func<MarkupBuilder, XElement, AttributeReader, TextProps, Element> Create,
    bool Reusable = true);

/// <summary>How one inline element (inside a paragraph) adds to the paragraph's runs.</summary>
public sealed record InlineDefinition(
    string Name,
    IReadOnlyCollection<string> Attributes,
    Action<InlineBuilder, XElement, AttributeReader, TextProps> Build);
