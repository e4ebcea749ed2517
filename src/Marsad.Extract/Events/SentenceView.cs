using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>
/// One sentence on the token grid with its clauses: a clause ends at a comma, semicolon or colon, or
/// before a clause-opening word (حيث، بينما، فيما …). Roles and places are sought inside a clause.
/// </summary>
internal sealed class SentenceView
{
    private readonly int[] _clause;
    private readonly bool[] _break;
    private readonly bool[] _trigger;
    private readonly bool[] _siteObject;

    public SentenceView(AnalysedText text, Sentence sentence, EventCues cues)
    {
        Text = text;
        Sentence = sentence;
        _clause = new int[sentence.TokenCount];
        _break = new bool[sentence.TokenCount];
        _trigger = new bool[sentence.TokenCount];
        _siteObject = new bool[sentence.TokenCount];
        int c = 0, brackets = 0;
        bool quoted = false;
        for (int k = 0; k < sentence.TokenCount; k++)
        {
            int t = sentence.FirstToken + k;
            var tok = text.Tokens[t];
            char ch = text.Text[tok.Start];
            if (tok.Kind == TokenKind.Punctuation)
            {
                if (ch is '"' or '“' or '”' or '«' or '»') quoted = !quoted;
                else if (ch == '(') brackets++;
                else if (ch == ')' && brackets > 0) brackets--;
            }
            // A comma inside quotes or brackets separates list items ("“فرقة دمشق، جيش الأبابيل”"), not clauses.
            if (tok.Kind == TokenKind.Punctuation && ch is '،' or ',' or '؛' or ';' or ':' or '-' or '–' && !(quoted || brackets > 0) )
            {
                _break[k] = true;
                _clause[k] = c++;
                continue;
            }
            var (len, _) = cues.ClauseBreak.MatchAt(text, t, sentence.EndToken);
            if (len > 0 && k > 0) c++;
            _clause[k] = c;
        }
    }

    public AnalysedText Text { get; }
    public Sentence Sentence { get; }
    public int First => Sentence.FirstToken;
    public int End => Sentence.EndToken;

    public int ClauseOf(int token) => token >= First && token < End ? _clause[token - First] : -1;

    /// <summary>Records that a trigger (admitted as an event or not) starts at this token.</summary>
    public void MarkTrigger(int token)
    {
        if (token >= First && token < End) _trigger[token - First] = true;
    }

    public bool IsTrigger(int token) => token >= First && token < End && _trigger[token - First];

    /// <summary>Records that a verb whose direct object is its site (قصف، استهدف، اقتحم …) ends at this token.</summary>
    public void MarkSiteObjectVerb(int token)
    {
        if (token >= First && token < End) _siteObject[token - First] = true;
    }

    /// <summary>Whether a verb whose direct object is its site ends at this token.</summary>
    public bool IsSiteObjectVerb(int token) => token >= First && token < End && _siteObject[token - First];

    /// <summary>Whether the token is clause-ending punctuation.</summary>
    public bool IsBreak(int token) => token >= First && token < End && _break[token - First];
}
