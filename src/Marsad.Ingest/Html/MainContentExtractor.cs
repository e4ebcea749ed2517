using Marsad.Text;

namespace Marsad.Ingest.Html;

/// <summary>Where the article lies in a rendered page.</summary>
/// <param name="Body">The article's own blocks, in page order.</param>
/// <param name="Container">Index of the chosen block element in <see cref="RenderedPage.Elements"/>, -1 when none.</param>
public sealed record MainContent(IReadOnlyList<TextSpan> Body, int Container)
{
    /// <summary>Per block: its weight and whether it lies in chrome (diagnostics).</summary>
    public double[]? Weights { get; init; }
    public bool[]? ChromeElements { get; init; }
}

/// <summary>
/// Finds the article's paragraphs in a rendered page. Every block gets a weight — its characters of
/// prose, or minus its characters when it is chrome (link-dense, inside a boilerplate-named or
/// aside/footer/form element, a chrome phrase) — and the block element whose subtree has the largest
/// total is the article's container: it grows to take in a second body part only when that adds more
/// prose than chrome. Inside the container, chrome blocks and the headline are left out.
/// </summary>
public sealed class MainContentExtractor(HtmlHeuristics heuristics)
{
    private readonly HtmlHeuristics _h = heuristics;

    /// <exception cref="TimeBudgetExceededException">When <paramref name="deadline"/> passes.</exception>
    public MainContent Extract(RenderedPage page, DocumentDeadline deadline = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var elements = page.Elements;
        var blocks = page.Blocks;
        if (elements.Length == 0 || blocks.Length == 0) return new MainContent([], -1);

        // Pass 1: prose per subtree judged by the blocks alone, to tell wrappers from chrome.
        var subtreeEnd = new int[elements.Length];
        var prose = new double[elements.Length];
        var proseBlocks = new int[elements.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            if ((i & 1023) == 0) deadline.ThrowIfPassed("finding the article");
            double w = Weight(page.Text, blocks[i], false);
            if (w > 0)
            {
                prose[blocks[i].Element] += w;
                proseBlocks[blocks[i].Element]++;
            }
        }
        for (int e = 0; e < elements.Length; e++) subtreeEnd[e] = e + 1;
        for (int e = elements.Length - 1; e > 0; e--)
        {
            int p = elements[e].Parent;
            if (p < 0) continue;
            prose[p] += prose[e];
            proseBlocks[p] += proseBlocks[e];
            if (subtreeEnd[e] > subtreeEnd[p]) subtreeEnd[p] = subtreeEnd[e];
        }
        double totalProse = prose[0];

        // Pass 2: weights with chrome elements known; the container is the subtree with the largest sum.
        var chrome = ChromeElements(elements, subtreeEnd, prose, proseBlocks, totalProse * _h.ChromeWrapperShare, _h.WrapperMinBlocks);
        MarkChromeBoxes(page, subtreeEnd, prose, totalProse * _h.ChromeWrapperShare, chrome);
        var weights = new double[blocks.Length];
        var score = new double[elements.Length];
        var positive = new double[elements.Length]; // the prose alone, without the chrome's minus
        Reweigh(page, elements, chrome, weights, score, positive);

        int best = -1;
        for (int e = 0; e < elements.Length; e++)
            if (best < 0 || score[e] > score[best]) best = e;
        // A container named as the article body wins unless the best one is clearly bigger.
        int named = -1;
        for (int e = 0; e < elements.Length; e++)
            if (elements[e].Name == ElementNameEffect.Content && !chrome[e] && score[e] > 0 && (named < 0 || score[e] > score[named]))
                named = e;
        if (named >= 0 && score[named] * _h.ContentNameMargin >= score[best]) best = named;
        if (best < 0 || score[best] <= 0) return new MainContent([], -1) { Weights = weights, ChromeElements = chrome };

        // The article's other parts: siblings of the container made by the same template, or with a
        // good share of its score (a body split by an advert or a teaser box).
        var inBody = new bool[elements.Length];
        MarkSubtree(inBody, best, subtreeEnd[best]);
        int parent = elements[best].Parent;
        if (parent >= 0)
        {
            if (OwnChrome(elements[best]) && !chrome[parent] && UnchromeTwins(elements, subtreeEnd, chrome, parent, best))
                Reweigh(page, elements, chrome, weights, score, positive);
            for (int e = parent + 1; e < subtreeEnd[parent]; e = subtreeEnd[e])
            {
                if (e == best || chrome[e]) continue;
                bool sameTemplate = elements[e].ClassKey == elements[best].ClassKey;
                // A container named as the body takes only its twins (a body cut into several "article-body" sections).
                // A twin joins by its prose, not its net score: a paywall box or a row of teaser cards inside
                // the first half of a split body must not cut that half off.
                bool twin = sameTemplate && (score[e] > 0 || positive[e] >= _h.SiblingShare * score[best]);
                if (twin || (best != named && score[e] > 0 && score[e] >= _h.SiblingShare * score[best])) MarkSubtree(inBody, e, subtreeEnd[e]);
            }
        }

        var kept = new bool[blocks.Length];
        int first = -1;
        for (int i = 0; i < blocks.Length; i++)
        {
            var b = blocks[i];
            if (!inBody[b.Element] || !Keep(page.Text, b, weights[i], chrome[b.Element])) continue;
            kept[i] = true;
            if (first < 0) first = i;
        }
        if (first >= 0) MarkLead(page, kept, first, best, subtreeEnd);
        var body = new List<TextSpan>();
        for (int i = 0; i < blocks.Length; i++)
            if (kept[i]) body.Add(new TextSpan(blocks[i].Start, blocks[i].End));
        return new MainContent(body, best) { Weights = weights, ChromeElements = chrome };
    }

    /// <summary>
    /// The lead (standfirst, summary) sits between the headline and the body, often in the article's
    /// &lt;header&gt; or beside the body container rather than inside it. A block there joins the body when
    /// an element named as a lead holds it ("article-summary", "intro", "standfirst", or a "teaser" in that
    /// place), it reads as prose (at least <see cref="HtmlHeuristics.LeadMinChars"/>, not links, not a
    /// chrome phrase) and nothing but a &lt;header&gt; or that teaser name makes it chrome. An unnamed block
    /// there may be a caption, a byline or a sub-head: it stays out. The headline is the last h1 before the
    /// body or, when kept blocks come before any h1 (a disclaimer above the headline), the first h1 after
    /// them: the lead is looked for up to the next kept block.
    /// </summary>
    private void MarkLead(RenderedPage page, bool[] kept, int first, int container, int[] subtreeEnd)
    {
        var blocks = page.Blocks;
        var elements = page.Elements;
        int headline = -1;
        for (int i = first - 1; i >= 0 && headline < 0; i--)
            if (blocks[i].Heading == 1) headline = i;
        for (int i = first + 1; i < blocks.Length && headline < 0; i++)
            if (blocks[i].Heading == 1 && elements[blocks[i].Element].Tag != BlockTag.Aside) headline = i;
        if (headline < 0) return;
        for (int i = headline + 1; i < blocks.Length && !kept[i]; i++)
        {
            var b = blocks[i];
            if (b.Heading == 1 || b.Chars < _h.LeadMinChars || (b.Punctuation == 0 && b.Chars < 2 * _h.LeadMinChars)) continue;
            if (b.LinkDensity > _h.LinkDensityMax || _h.IsChrome(page.Text.AsSpan(b.Start, b.End - b.Start))) continue;
            bool clean = true, lead = false;
            // Up to the nearest ancestor shared with the container (which is not chrome).
            for (int e = b.Element; e >= 0 && clean && !(e <= container && container < subtreeEnd[e]); e = elements[e].Parent)
            {
                var el = elements[e];
                lead |= el.Name is ElementNameEffect.Lead or ElementNameEffect.Teaser;
                if (el.Tag != BlockTag.Header && el.Name != ElementNameEffect.Teaser && OwnChrome(el)) clean = false;
            }
            if (clean && lead) kept[i] = true;
        }
    }

    /// <summary>
    /// A consent or paywall box ("Ein Klick für den Datenschutz", "هذا المحتوى للمشتركين فقط") explains itself
    /// in sentences that read as prose and carries no telling class; its opening phrase condemns the small
    /// box around it: the phrase's element's parent, when that holds at most
    /// <see cref="HtmlHeuristics.ChromeBoxMaxChars"/> of prose and less than <paramref name="wrapperProse"/>
    /// (chrome never holds most of the page's prose: a short story with a paywall line is not a box); else
    /// only the phrase's own element.
    /// </summary>
    private void MarkChromeBoxes(RenderedPage page, int[] subtreeEnd, double[] prose, double wrapperProse, bool[] chrome)
    {
        var elements = page.Elements;
        foreach (var b in page.Blocks)
        {
            if (b.End - b.Start > _h.ChromeBlockMaxChars || !_h.OpensChromeBox(page.Text.AsSpan(b.Start, b.End - b.Start))) continue;
            int box = b.Element, parent = elements[box].Parent;
            if (parent > 0 && prose[parent] <= _h.ChromeBoxMaxChars && prose[parent] < wrapperProse) box = parent;
            MarkSubtree(chrome, box, subtreeEnd[box]);
        }
    }

    private static void MarkSubtree(bool[] marks, int start, int end)
    {
        for (int e = start; e < end; e++) marks[e] = true;
    }

    /// <summary>Chrome by its own tag or class/id words.</summary>
    private static bool OwnChrome(HtmlElementInfo el) => el.Name is ElementNameEffect.Boilerplate or ElementNameEffect.Teaser
        || el.Tag is BlockTag.Aside or BlockTag.Footer or BlockTag.Form or BlockTag.Header or BlockTag.Caption or BlockTag.Figure;

    /// <summary>
    /// The container was chrome by its own class words but kept as the wrapper of most of the prose; its
    /// twins (same tag and class) carry the same words, so those words do not make them chrome either:
    /// they are the rest of the article ("article-widget" blocks of one story). Their subtrees are judged
    /// again without their own name. True when any twin changed.
    /// </summary>
    private static bool UnchromeTwins(HtmlElementInfo[] elements, int[] subtreeEnd, bool[] chrome, int parent, int best)
    {
        bool changed = false;
        for (int t = parent + 1; t < subtreeEnd[parent]; t = subtreeEnd[t])
        {
            if (t == best || !chrome[t] || elements[t].ClassKey != elements[best].ClassKey) continue;
            changed = true;
            chrome[t] = false;
            for (int e = t + 1; e < subtreeEnd[t]; e++)
            {
                var el = elements[e];
                chrome[e] = el.Name != ElementNameEffect.Content && (OwnChrome(el) || chrome[el.Parent]);
            }
        }
        return changed;
    }

    /// <summary>Block weights and element scores (summed up the tree) for the current chrome flags; run again when they change.</summary>
    private void Reweigh(RenderedPage page, HtmlElementInfo[] elements, bool[] chrome, double[] weights, double[] score, double[] positive)
    {
        Array.Clear(score);
        Array.Clear(positive);
        for (int i = 0; i < page.Blocks.Length; i++)
        {
            var b = page.Blocks[i];
            double w = Weight(page.Text, b, chrome[b.Element]);
            weights[i] = w;
            score[b.Element] += w;
            if (w > 0) positive[b.Element] += w;
        }
        for (int e = elements.Length - 1; e > 0; e--)
        {
            int p = elements[e].Parent;
            if (p < 0) continue;
            score[p] += score[e];
            positive[p] += positive[e];
        }
    }

    /// <summary>Prose characters, or minus the characters of a chrome block.</summary>
    private double Weight(string text, HtmlBlock b, bool inChrome)
    {
        if (IsChrome(text, b, inChrome)) return -_h.BoilerplateWeight * b.Chars;
        if (b.Heading == 1) return 0; // the headline is not body
        if (b.Chars < _h.ShortBlockChars && b.Punctuation == 0) return 0;
        return b.Chars - b.LinkChars;
    }

    private bool IsChrome(string text, HtmlBlock b, bool inChrome) =>
        inChrome || b.LinkDensity > _h.LinkDensityMax || _h.IsChrome(text.AsSpan(b.Start, b.End - b.Start)) || _h.IsCaption(text.AsSpan(b.Start, b.End - b.Start));

    private bool Keep(string text, HtmlBlock b, double weight, bool inChrome)
    {
        if (weight > 0) return true;
        if (b.Heading == 1) return false;
        if (IsChrome(text, b, inChrome)) return false;
        return b.Heading > 1;
    }

    /// <summary>
    /// Elements that are chrome by their own tag or name or an ancestor's, unless named as the article
    /// body themselves (a "story-body" inside a "has-sidebar" wrapper is still the story) or holding
    /// most of the page's prose (a page-wide &lt;form&gt; or "field-label-hidden" wrapper).
    /// </summary>
    private static bool[] ChromeElements(HtmlElementInfo[] elements, int[] subtreeEnd, double[] prose, int[] proseBlocks, double wrapperProse, int wrapperMinBlocks)
    {
        // The element named as the article body with the most prose: a wrapper is around it or inside it, never beside it.
        int namedBody = -1;
        for (int e = 0; e < elements.Length; e++)
            if (elements[e].Name == ElementNameEffect.Content && prose[e] > 0 && (namedBody < 0 || prose[e] > prose[namedBody])) namedBody = e;
        var chrome = new bool[elements.Length];
        for (int e = 0; e < elements.Length; e++)
        {
            var el = elements[e];
            if (el.Name == ElementNameEffect.Content) continue;
            bool own = OwnChrome(el);
            if (own && prose[e] > wrapperProse && proseBlocks[e] >= wrapperMinBlocks && (namedBody < 0 || (namedBody >= e && namedBody < subtreeEnd[e]) || (e > namedBody && e < subtreeEnd[namedBody])))
                own = false; // a wrapper around most of the page's prose
            chrome[e] = own || (el.Parent >= 0 && chrome[el.Parent]);
        }
        return chrome;
    }
}
