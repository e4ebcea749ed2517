namespace Marsad.Ingest.Html;

/// <summary>
/// One line of the rendered text: the text between two block boundaries, with what the extractor
/// needs to judge it. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into <see cref="RenderedPage.Text"/>.
/// </summary>
/// <param name="Start">First UTF-16 index of the line.</param>
/// <param name="End">Index just past the line.</param>
/// <param name="Element">Index in <see cref="RenderedPage.Elements"/> of the innermost block element holding it.</param>
/// <param name="Chars">Non-space characters.</param>
/// <param name="LinkChars">Non-space characters inside &lt;a href&gt;.</param>
/// <param name="Punctuation">Sentence and clause punctuation marks (. , ، ؛ ؟ ! 。 …): prose has them, menus do not.</param>
/// <param name="Heading">1–6 inside h1–h6, else 0.</param>
public readonly record struct HtmlBlock(int Start, int End, int Element, int Chars, int LinkChars, int Punctuation, byte Heading)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}

/// <summary>Kinds of block element the extractor treats differently.</summary>
public enum BlockTag : byte
{
    Other, Body, Article, Main, Section, Paragraph, Heading, List, ListItem, Table, Cell, Quote, Pre,
    Figure, Caption, Header, Footer, Aside, Form, Address,
}

/// <summary>A block element of the page, in document order; parents come before children.</summary>
/// <param name="Parent">Index of the nearest enclosing block element, -1 for the root.</param>
/// <param name="Tag">Which kind of block element it is.</param>
/// <param name="Name">What its class/id/role/itemprop say.</param>
/// <param name="Depth">Nesting depth among block elements.</param>
/// <param name="ClassKey">Tag name and class attribute hashed together: siblings built by the same template share it.</param>
public readonly record struct HtmlElementInfo(int Parent, BlockTag Tag, ElementNameEffect Name, int Depth, int ClassKey = 0);

/// <summary>A page rendered to plain text: the text, its blocks and the block elements that hold them.</summary>
public sealed class RenderedPage(string text, HtmlBlock[] blocks, HtmlElementInfo[] elements, string[]? labels = null)
{
    /// <summary>Per element "tag#id.class", only when the renderer was asked to keep them (diagnostics).</summary>
    public string[]? Labels { get; } = labels;

    /// <summary>The page as a reader sees it: one line per block, whitespace collapsed within lines.</summary>
    public string Text { get; } = text;
    public HtmlBlock[] Blocks { get; } = blocks;
    public HtmlElementInfo[] Elements { get; } = elements;
}
