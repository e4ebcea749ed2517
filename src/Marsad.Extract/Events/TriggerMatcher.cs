using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>A trigger found in the text: the entry, the tokens it spans and how the first word was inflected.</summary>
internal readonly record struct TriggerMatch(TriggerEntry Entry, int FirstToken, int EndToken, WordForm Form);

/// <summary>
/// Finds lexicon triggers at a token: every candidate base form of the word (ArabicWordForms) is
/// looked up; the longest entry wins, then the one reached with the fewest strips. A blocked entry
/// (NONE) that wins silences the word.
/// </summary>
internal sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    private static readonly WordKind[] Kinds = [WordKind.Verb, WordKind.Noun, WordKind.Word];
    private static readonly char[] Tanween = ['\u064B', '\u064C', '\u064D'];

    public TriggerMatch? MatchAt(AnalysedText text, int t, int end)
    {
        if (text.Tokens[t].Kind != TokenKind.Word) return null;
        var word = text.Normalized(t);
        var table = WordFormTable.Of(text);
        TriggerMatch? best = null;
        // Tanween ("قصفاً", "هجومٌ") is a noun's ending: such a word is never a verb ("قصفا" they both shelled).
        bool tanween = text.Surface(t).IndexOfAny(Tanween) >= 0;
        foreach (var kind in Kinds)
        {
            if (tanween && kind == WordKind.Verb) continue;
            foreach (var form in table.At(t, kind))
            {
                foreach (var entry in lexicon.StartingWith(table.Stem(form), form.Hash))
                {
                    if (entry.Kind != kind || t + entry.Words.Length > end) continue;
                    if (!RestMatches(text, t, entry)) continue;
                    if (best is TriggerMatch b && !Better(entry, form.Depth, b, word)) continue;
                    best = new TriggerMatch(entry, t, t + entry.Words.Length, form.ToWordForm(table));
                }
            }
        }
        return best;
    }

    private static bool Better(TriggerEntry entry, int depth, TriggerMatch than, string word)
    {
        if (entry.Words.Length != than.Entry.Words.Length) return entry.Words.Length > than.Entry.Words.Length;
        if (depth != than.Form.Depth) return depth < than.Form.Depth;
        // A blocked reading wins a tie: the curator silenced that word form on purpose.
        if (entry.IsBlocked != than.Entry.IsBlocked) return entry.IsBlocked;
        // Same word read as noun and as verb (قصف): the article or a preposition makes it a noun;
        // a bare word or one with only و/ف stays a verb ("وقُصف", "التنظيم قصف").
        return entry.Kind == WordKind.Noun && than.Entry.Kind == WordKind.Verb && HasNounPrefix(word);
    }

    private static bool HasNounPrefix(string word)
    {
        var w = word.AsSpan();
        if (w.Length > 3 && w[0] is 'و' or 'ف') w = w[1..];
        return w.StartsWith("ال") || w.StartsWith("لل") || w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك';
    }

    private static bool RestMatches(AnalysedText text, int t, TriggerEntry entry)
    {
        for (int k = 1; k < entry.Words.Length; k++)
        {
            int tk = t + k;
            if (text.Tokens[tk].Kind != TokenKind.Word) return false;
            var n = text.Normalized(tk);
            if (n == entry.Words[k]) continue;
            bool found = false;
            var table = WordFormTable.Of(text);
            foreach (var f in table.At(tk, WordKind.Noun))
                if (table.Stem(f).SequenceEqual(entry.Words[k])) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }
}
