using System.Xml.Linq;
using Objecteur.Print.Layout.Elements;

namespace Objecteur.Print.Layout.Markup;

/// <summary>How one block element of the markup is built: its name, the attributes it accepts
/// (besides the inherited text attributes and spacing) and its factory.</summary>
public sealed record ElementDefinition(
    string Name,
    IReadOnlyCollection<string> Attributes,
    Func<MarkupBuilder, XElement, AttributeReader, TextProps, Element> Create);

/// <summary>How one inline element (inside a paragraph) adds to the paragraph's runs.</summary>
public sealed record InlineDefinition(
    string Name,
    IReadOnlyCollection<string> Attributes,
    Action<InlineBuilder, XElement, AttributeReader, TextProps> Build);
