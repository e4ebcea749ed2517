using System.Text;
using Marsad.Text;

namespace Marsad.Extract.Entities;

/// <summary>
/// Builds the tagger's view of a sentence. For raw text: each token normalised (alef, hamza seats,
/// teh marbuta and alef maqsura folded, marks dropped, by <see cref="ArabicNormalizer"/>) and split
/// into proclitics and host as the NER corpus is (<see cref="ProcliticSegmenter"/>). For corpus
/// sentences: the tokens as given, normalised the same way, laid out as one space-joined line so a
/// known-name matcher can run over them like over any text.
/// </summary>
public static class ViewBuilder
{
    private const int MaxTokenChars = 256; // longer "words" (runs of letters without spaces) are cut for tagging only

    /// <summary>Fills <paramref name="view"/> with sentence <paramref name="sentence"/> of <paramref name="text"/>.</summary>
    public static void FromText(AnalysedText text, Sentence sentence, KnownWords known, TaggingView view)
    {
        view.Clear();
        Span<char> form = stackalloc char[MaxTokenChars + 1];
        Span<int> rawOf = stackalloc int[MaxTokenChars + 1];
        string raw = text.Text;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = text.Tokens[t];
            int end = Math.Min(token.End, token.Start + MaxTokenChars);
            int n = 0;
            for (int i = token.Start; i < end; i++)
            {
                char f = ArabicNormalizer.Fold(raw[i]);
                if (f == '\0') continue;
                form[n] = f;
                rawOf[n] = i;
                n++;
            }
            if (n == 0) continue;
            if (token.Kind != TokenKind.Word)
            {
                view.Add(form[..n], rawOf[..n], token.Start, token.End);
                continue;
            }
            var split = ProcliticSegmenter.Split(form[..n], known);
            int pos = 0;
            if (split.Conjunction)
            {
                view.AddProclitic(form[..1], rawOf[..1], token.Start, rawOf[1]);
                pos = 1;
            }
            if (split.Preposition)
            {
                view.AddProclitic(form.Slice(pos, 1), rawOf.Slice(pos, 1), rawOf[pos], rawOf[pos + 1]);
                pos++;
                if (split.RestoresArticle)
                {
                    // "للروس" → ل + "الروس": the host is read with its article's alef, which the
                    // spelling dropped; the alef maps to the host's first raw character.
                    pos--;
                    form[pos] = 'ا';
                    rawOf[pos] = rawOf[pos + 1];
                }
            }
            view.Add(form[pos..n], rawOf[pos..n], rawOf[pos], token.End);
        }
    }

    /// <summary>
    /// Fills <paramref name="view"/> with a corpus sentence and returns the space-joined normalised
    /// line the view's raw offsets point into.
    /// </summary>
    public static string FromCorpus(IReadOnlyList<string> tokens, TaggingView view, StringBuilder line)
    {
        view.Clear();
        line.Clear();
        foreach (var token in tokens)
        {
            if (line.Length > 0) line.Append(' ');
            int start = line.Length;
            foreach (char c in token)
            {
                char f = ArabicNormalizer.Fold(c);
                if (f != '\0') line.Append(f);
            }
            // A token made only of dropped marks keeps its first character so positions stay aligned.
            if (line.Length == start) line.Append(token.Length > 0 ? token[0] : '_');
            int end = line.Length;
            view.Add(line.ToString(start, end - start).AsSpan(), start, end);
        }
        return line.ToString();
    }
}
