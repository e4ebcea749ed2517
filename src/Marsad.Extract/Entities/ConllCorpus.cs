namespace Marsad.Extract.Entities;

/// <summary>A training sentence: tokens as the corpus writes them and their IOB2 tags.</summary>
public sealed record ConllSentence(string[] Tokens, int[] Tags);

/// <summary>A malformed line in a CoNLL file: names the file, the line and what is wrong.</summary>
public sealed class ConllFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}

/// <summary>
/// Reads the NER corpus format of ner/README.md: one <c>token TAB tag</c> per line, a blank line
/// between sentences, IOB2 tags over PER, ORG, LOC and MISC.
/// </summary>
public static class ConllCorpus
{
    public static List<ConllSentence> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"CoNLL file '{path}' does not exist (the NER data lives in ../shared/data/ner/)", path);
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            int tab = line.LastIndexOf('\t');
            if (tab <= 0)
                throw new ConllFormatException(path, n, "expected 'token<TAB>tag'");
            int tag = NerTagSet.Parse(line.AsSpan(tab + 1));
            if (tag < 0)
                throw new ConllFormatException(path, n, $"unknown tag '{line[(tab + 1)..]}' (expected O or B-/I- of PER, ORG, LOC, MISC)");
            int previous = tags.Count > 0 ? tags[^1] : NerTagSet.Outside;
            if (!NerTagSet.Allowed(previous, tag))
                throw new ConllFormatException(path, n, $"{NerTagSet.Name(tag)} does not continue an entity of its type (IOB2)");
            tokens.Add(line[..tab]);
            tags.Add(tag);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
            tokens.Clear();
            tags.Clear();
        }
    }
}
