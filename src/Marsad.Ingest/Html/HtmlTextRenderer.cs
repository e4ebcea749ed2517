using System.Text;
using AngleSharp.Dom;

namespace Marsad.Ingest.Html;

/// <summary>
/// Renders a parsed page to plain text the way a reader sees it: block elements start new lines,
/// whitespace collapses within a line, and what a reader never sees (script, style, nav, template,
/// hidden elements, form controls) is dropped. The walk is iterative over sibling/parent pointers,
/// so a page nested 10,000 deep cannot overflow the stack; below <see cref="HtmlHeuristics.MaxDepth"/>
/// elements are read as inline text.
/// </summary>
public sealed class HtmlTextRenderer(HtmlHeuristics heuristics)
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "head", "svg", "iframe", "object", "embed",
        "canvas", "select", "textarea", "button", "audio", "video", "map", "dialog", "datalist", "math",
    };

    private static readonly Dictionary<string, BlockTag> BlockTags = new(StringComparer.Ordinal)
    {
        ["html"] = BlockTag.Other, ["body"] = BlockTag.Body, ["article"] = BlockTag.Article, ["main"] = BlockTag.Main,
        ["section"] = BlockTag.Section, ["div"] = BlockTag.Other, ["center"] = BlockTag.Other, ["details"] = BlockTag.Other,
        ["summary"] = BlockTag.Other, ["hgroup"] = BlockTag.Other, ["fieldset"] = BlockTag.Form, ["legend"] = BlockTag.Form,
        ["p"] = BlockTag.Paragraph, ["h1"] = BlockTag.Heading, ["h2"] = BlockTag.Heading, ["h3"] = BlockTag.Heading,
        ["h4"] = BlockTag.Heading, ["h5"] = BlockTag.Heading, ["h6"] = BlockTag.Heading,
        ["ul"] = BlockTag.List, ["ol"] = BlockTag.List, ["dl"] = BlockTag.List, ["menu"] = BlockTag.List, ["dir"] = BlockTag.List,
        ["li"] = BlockTag.ListItem, ["dt"] = BlockTag.ListItem, ["dd"] = BlockTag.ListItem,
        ["table"] = BlockTag.Table, ["tbody"] = BlockTag.Table, ["thead"] = BlockTag.Table, ["tfoot"] = BlockTag.Table,
        ["tr"] = BlockTag.Table, ["td"] = BlockTag.Cell, ["th"] = BlockTag.Cell, ["caption"] = BlockTag.Caption,
        ["blockquote"] = BlockTag.Quote, ["pre"] = BlockTag.Pre, ["figure"] = BlockTag.Figure, ["figcaption"] = BlockTag.Caption,
        ["header"] = BlockTag.Header, ["footer"] = BlockTag.Footer, ["aside"] = BlockTag.Aside, ["form"] = BlockTag.Form,
        ["address"] = BlockTag.Address, ["option"] = BlockTag.Other,
    };

    private readonly HtmlHeuristics _heuristics = heuristics;

    /// <summary>Keep a "tag#id.class" label per element in <see cref="RenderedPage.Labels"/>, for diagnostics.</summary>
    public bool KeepLabels { get; init; }

    /// <summary>Renders <paramref name="root"/> (usually the document element) and everything under it.</summary>
    /// <exception cref="TimeBudgetExceededException">When <paramref name="deadline"/> passes.</exception>
    public RenderedPage Render(INode root, DocumentDeadline deadline = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var state = new State { Labels = KeepLabels ? [] : null };
        state.OpenElement(BlockTag.Other, ElementNameEffect.None);
        state.Labels?.Add("root");
        int visited = 0;
        INode? node = root.FirstChild;
        int depth = 1;
        // Frames record, per open DOM element, what leaving it must undo.
        var frames = new List<Frame>(64) { default };
        while (node is not null)
        {
            if ((++visited & 1023) == 0) deadline.ThrowIfPassed("rendering");
            bool descend = false;
            if (node is IText text)
            {
                state.AppendText(text.Data);
            }
            else if (node is IElement element)
            {
                descend = Enter(element, depth, state, frames);
            }
            if (descend && node.FirstChild is { } child)
            {
                node = child;
                depth++;
                continue;
            }
            if (descend) Leave(state, frames);
            // Climb until a next sibling exists, leaving every element we pass.
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                depth--;
                if (node is null || ReferenceEquals(node, root) || depth <= 0) { node = null; break; }
                Leave(state, frames);
            }
            node = node?.NextSibling;
        }
        state.BreakBlock();
        return state.ToPage();
    }

    private bool Enter(IElement element, int depth, State state, List<Frame> frames)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name) || IsHidden(element)) return false;
        var frame = new Frame();
        if (name == "br" || name == "hr")
        {
            state.BreakBlock();
            frames.Add(frame);
            return true;
        }
        if (name == "a" && element.HasAttribute("href"))
        {
            frame.Link = true;
            state.LinkDepth++;
        }
        if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            frame.PreviousHeading = state.Heading;
            frame.SetsHeading = true;
            state.Heading = (byte)(name[1] - '0');
        }
        if (name == "pre")
        {
            frame.Pre = true;
            state.PreDepth++;
        }
        if (BlockTags.TryGetValue(name, out var tag))
        {
            state.BreakBlock();
            frame.Block = true;
            if (depth <= _heuristics.MaxDepth)
            {
                frame.OpensElement = true;
                state.OpenElement(tag, NameEffect(element, tag), HashCode.Combine(name, element.GetAttribute("class")));
                state.Labels?.Add(name + "#" + element.Id + "." + element.ClassName);
            }
        }
        frames.Add(frame);
        return true;
    }

    private static void Leave(State state, List<Frame> frames)
    {
        if (frames.Count <= 1) return;
        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        if (frame.Block) state.BreakBlock();
        if (frame.OpensElement) state.CloseElement();
        if (frame.Link) state.LinkDepth--;
        if (frame.SetsHeading) state.Heading = frame.PreviousHeading;
        if (frame.Pre) state.PreDepth--;
    }

    private ElementNameEffect NameEffect(IElement element, BlockTag tag)
    {
        // The <html> and <body> classes describe the whole page ("has-sidebar", "comments-open").
        if (tag == BlockTag.Body || element.LocalName == "html") return ElementNameEffect.None;
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return ElementNameEffect.Content;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "menu" or "menubar" or "dialog" or "alertdialog" or "search")
            return ElementNameEffect.Boilerplate;
        return _heuristics.Classify(element.GetAttribute("class"), element.GetAttribute("id"));
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") == "true" && element.LocalName is not ("div" or "section" or "article" or "main" or "p")) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        return ContainsStyle(style, "display", "none") || ContainsStyle(style, "visibility", "hidden");
    }

    private static bool ContainsStyle(string style, string property, string value)
    {
        int i = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (i < 0) return false;
        int j = i + property.Length;
        while (j < style.Length && (style[j] == ' ' || style[j] == ':')) j++;
        return string.Compare(style, j, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private struct Frame
    {
        public bool Block, OpensElement, Link, SetsHeading, Pre;
        public byte PreviousHeading;
    }

    /// <summary>The text being built and the open block elements.</summary>
    private sealed class State
    {
        private readonly StringBuilder _text = new(4096);
        private readonly List<HtmlBlock> _blocks = new(256);
        private readonly List<HtmlElementInfo> _elements = new(256);
        private readonly List<int> _open = new(64);
        private int _blockStart = -1, _chars, _linkChars, _punct;
        private bool _pendingSpace;
        public int LinkDepth, PreDepth;
        public List<string>? Labels;
        public byte Heading;

        public void OpenElement(BlockTag tag, ElementNameEffect name, int classKey = 0)
        {
            int parent = _open.Count == 0 ? -1 : _open[^1];
            _elements.Add(new HtmlElementInfo(parent, tag, name, _open.Count, classKey));
            _open.Add(_elements.Count - 1);
        }

        public void CloseElement()
        {
            if (_open.Count > 1) _open.RemoveAt(_open.Count - 1);
        }

        public void AppendText(string data)
        {
            foreach (var c in data)
            {
                if (c == '\n' && PreDepth > 0) { BreakBlock(); continue; }
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _blockStart >= 0;
                    continue;
                }
                // NUL, other C0/C1 controls and noncharacters are not text a reader sees.
                if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF') continue;
                if (_blockStart < 0)
                {
                    if (_text.Length > 0) _text.Append('\n');
                    _blockStart = _text.Length;
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
                _pendingSpace = false;
                _text.Append(c);
                _chars++;
                if (LinkDepth > 0) _linkChars++;
                if (c is '.' or ',' or '،' or '؛' or '؟' or '!' or '?' or ';' or ':' or '。' or '，' or '、' or '۔') _punct++;
            }
        }

        public void BreakBlock()
        {
            if (_blockStart >= 0)
            {
                _blocks.Add(new HtmlBlock(_blockStart, _text.Length, _open[^1], _chars, _linkChars, _punct, Heading));
                _blockStart = -1;
            }
            _chars = _linkChars = _punct = 0;
            _pendingSpace = false;
        }

        public RenderedPage ToPage()
        {
            return new RenderedPage(_text.ToString(), [.. _blocks], [.. _elements], Labels?.ToArray());
        }
    }
}
